import { theme, alpha } from '../theme';
import { ADDRESS, EMAIL, HOURS, todayIndex } from '../content';

export default function Visit() {
  const today = todayIndex();
  return (
    <section id="visit" style={{ scrollMarginTop: 70, maxWidth: 1240, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: 'clamp(20px, 4vw, 40px)', alignItems: 'start' }}>
      <div>
        <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Visit</p>
        <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.05, textTransform: 'uppercase' }}>Opening hours</h2>
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 18, fontSize: 16 }}>
          <tbody>
            {HOURS.map((h) => {
              const isToday = h.dayIndexes.includes(today);
              return (
                <tr key={h.days} data-testid={isToday ? 'hours-today' : undefined} style={{ background: isToday ? theme.tint : 'transparent', fontWeight: isToday ? 800 : 400 }}>
                  <th scope="row" style={{ textAlign: 'left', padding: '12px 10px', fontWeight: 'inherit', borderBottom: `1px solid ${theme.border}` }}>{h.days}{isToday && <span style={{ fontSize: 12, marginLeft: 8, color: theme.primaryInk }}>today</span>}</th>
                  <td style={{ textAlign: 'right', padding: '12px 10px', borderBottom: `1px solid ${theme.border}`, whiteSpace: 'nowrap' }}>{h.hours}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p style={{ margin: '12px 0 0', color: theme.muted, fontSize: 14 }}>Unlimited and Premium members have 24/7 access with their key fob.</p>
      </div>
      <div style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, overflow: 'hidden', boxShadow: theme.shadowSmall }}>
        <svg viewBox="0 0 400 200" width="100%" role="img" aria-label={`Map of ${ADDRESS.street}`} style={{ display: 'block', background: alpha(theme.primary, 0.08) }}>
          <g stroke={alpha(theme.text, 0.14)} strokeWidth="14" strokeLinecap="round">
            <path d="M -10 70 H 410" />
            <path d="M -10 150 H 410" />
            <path d="M 120 -10 V 210" />
            <path d="M 290 -10 V 210" />
          </g>
          <rect x="150" y="88" width="110" height="44" rx="6" fill={theme.primary} />
          <text x="205" y="110" dy="0.35em" textAnchor="middle" fontSize="14" fontWeight="900" fill={theme.onPrimary} fontFamily={theme.body}>GYM</text>
          <rect x="20" y="88" width="70" height="44" rx="6" fill={alpha(theme.text, 0.08)} />
          <rect x="320" y="88" width="60" height="44" rx="6" fill={alpha(theme.text, 0.08)} />
          <text x="340" y="185" fontSize="12" fill={theme.text} opacity="0.7" fontFamily={theme.body}>🅿️ Parking</text>
        </svg>
        <address style={{ fontStyle: 'normal', padding: 20, display: 'grid', gap: 8 }}>
          <strong style={{ fontSize: 18 }}>{ADDRESS.street}, {ADDRESS.city}</strong>
          <span style={{ color: theme.muted }}>Free parking for members · bus 12 and 40 stop outside</span>
          <a href={`tel:${ADDRESS.phone.replace(/[^+\d]/g, '')}`} style={{ color: theme.text }}>📞 {ADDRESS.phone}</a>
          <a href={`mailto:${EMAIL}`} style={{ color: theme.primaryOnSurface, fontWeight: 700, overflowWrap: 'anywhere' }}>✉️ {EMAIL}</a>
        </address>
      </div>
    </section>
  );
}
