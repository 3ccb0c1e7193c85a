import { theme, alpha } from '../theme';
import { VENUE } from '../content';

function MapDrawing() {
  return (
    <svg viewBox="0 0 480 300" width="100%" role="img" aria-label={`Map: ${VENUE.name} on the river, near Central Station and the Harbour Hall tram stop`} style={{ display: 'block', borderRadius: 18, background: alpha(theme.primary, 0.07), border: `1px solid ${theme.border}` }}>
      <path d="M-10 220 C 90 180, 170 260, 270 215 S 420 170, 490 200 V 310 H -10 Z" fill={alpha(theme.accent, 0.28)} />
      <g stroke={alpha(theme.text, 0.13)} strokeWidth="12" strokeLinecap="round" fill="none">
        <path d="M-10 80 H 490" />
        <path d="M120 -10 V 190" />
        <path d="M330 -10 V 180" />
        <path d="M-10 150 C 100 140, 250 160, 490 130" />
      </g>
      <path d="M-10 110 H 490" stroke={alpha(theme.text, 0.35)} strokeWidth="3" strokeDasharray="10 6" />
      <rect x="20" y="20" width="80" height="44" rx="8" fill={alpha(theme.text, 0.1)} />
      <text x="60" y="47" textAnchor="middle" fontSize="13" fontWeight="700" fill={theme.text} fontFamily={theme.body}>🚆 Station</text>
      <rect x="150" y="20" width="150" height="44" rx="8" fill={alpha(theme.text, 0.06)} />
      <rect x="360" y="24" width="100" height="40" rx="8" fill={alpha(theme.text, 0.06)} />
      <circle cx="300" cy="110" r="9" fill={theme.surface} stroke={theme.text} strokeWidth="3" />
      <text x="300" y="96" textAnchor="middle" fontSize="12" fontWeight="700" fill={theme.text} fontFamily={theme.body}>Tram 2 · 7</text>
      <path d="M100 60 C 160 100, 230 100, 280 150" stroke={theme.primaryInk} strokeWidth="3" strokeDasharray="2 7" strokeLinecap="round" fill="none" />
      <g transform="translate(290 170)">
        <path d="M0 -6 C -22 -30, -24 -44, -24 -52 A24 24 0 0 1 24 -52 C 24 -44, 22 -30, 0 -6 Z" fill={theme.primary} />
        <circle cx="0" cy="-52" r="9" fill={theme.onPrimary} />
      </g>
      <text x="290" y="186" textAnchor="middle" fontSize="14" fontWeight="800" fill={theme.text} fontFamily={theme.body}>{VENUE.name}</text>
      <text x="400" y="270" textAnchor="middle" fontSize="12" fontStyle="italic" fill={theme.text} opacity="0.7" fontFamily={theme.body}>River</text>
    </svg>
  );
}

export default function Venue() {
  return (
    <section id="venue" style={{ scrollMarginTop: 72, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: 'clamp(24px, 5vw, 56px)', alignItems: 'center' }}>
        <div>
          <p style={{ margin: 0, fontSize: 14, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Venue</p>
          <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>{VENUE.name}</h2>
          <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 0' }}>
            A former grain warehouse on the river, with a 700-seat main hall, sunny workshop rooms and a terrace for the breaks. {VENUE.street}, {VENUE.city}.
          </p>
          <ul style={{ listStyle: 'none', margin: '24px 0 0', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 14 }}>
            {VENUE.tips.map((t) => (
              <li key={t.title} style={{ background: theme.background, border: `1px solid ${theme.border}`, borderRadius: 14, padding: 14 }}>
                <strong>{t.icon} {t.title}</strong>
                <p style={{ margin: '4px 0 0', fontSize: 14, color: theme.muted }}>{t.text}</p>
              </li>
            ))}
          </ul>
        </div>
        <MapDrawing />
      </div>
    </section>
  );
}
