import { config } from '../config';
import { theme, alpha } from '../theme';
import { CONTACT } from '../content';

/** A simplified street map drawn in SVG (no map service, no network). */
function MapDrawing() {
  const street = alpha(theme.text, theme.isDark ? 0.22 : 0.14);
  return (
    <svg viewBox="0 0 600 380" width="100%" role="img" aria-label={`Map: ${config.title} on ${CONTACT.street}, by the river and Market Square.`} style={{ display: 'block', borderRadius: 20, background: theme.subtle }}>
      <path d="M-10 300 C 120 250, 220 350, 360 300 S 560 240, 620 270 L 620 400 L -10 400 Z" fill={alpha(theme.accent, 0.22)} />
      <rect x={330} y={40} width={150} height={110} rx={14} fill={alpha(theme.success, 0.18)} />
      <text x={405} y={100} textAnchor="middle" fontSize={14} fill={theme.muted}>Market Square</text>
      {[70, 160, 250].map((y) => (
        <line key={`h${y}`} x1={0} x2={600} y1={y} y2={y} stroke={street} strokeWidth={y === 160 ? 18 : 10} />
      ))}
      {[90, 230, 520].map((x) => (
        <line key={`v${x}`} x1={x} x2={x} y1={0} y2={280} stroke={street} strokeWidth={x === 230 ? 18 : 10} />
      ))}
      <text x={40} y={152} fontSize={13} fill={theme.muted}>Market Street</text>
      <text x={242} y={30} fontSize={13} fill={theme.muted} transform="rotate(90 242 30)">Mill Lane</text>
      <text x={470} y={340} fontSize={13} fill={theme.muted}>River Walk</text>
      <g transform="translate(300 160)">
        <circle r={34} fill={alpha(theme.primary, 0.18)} />
        <path d="M0 14 C -14 -2, -16 -8, -16 -16 A 16 16 0 1 1 16 -16 C 16 -8, 14 -2, 0 14 Z" fill={theme.primary} transform="translate(0 -6)" />
        <circle cy={-22} r={6} fill={theme.onPrimary} />
      </g>
      <g transform="translate(120 210)">
        <rect x={-16} y={-12} width={32} height={24} rx={6} fill={theme.surface} stroke={street} />
        <text textAnchor="middle" dy="0.35em" fontSize={13} fontWeight={700} fill={theme.text}>P</text>
      </g>
      <g transform="translate(520 70)">
        <circle r={13} fill={theme.surface} stroke={street} />
        <text textAnchor="middle" dy="0.35em" fontSize={12} fontWeight={700} fill={theme.text}>🚋</text>
      </g>
    </svg>
  );
}

export default function Location() {
  return (
    <section id="find-us" aria-labelledby="find-title" style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 7vw, 88px) clamp(16px, 4vw, 40px)', scrollMarginTop: 70, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: 'clamp(24px, 4vw, 48px)', alignItems: 'center' }}>
      <MapDrawing />
      <div>
        <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Find us</div>
        <h2 id="find-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 42px)', margin: '6px 0 12px', lineHeight: 1.15 }}>On the corner of Market Street</h2>
        <address style={{ fontStyle: 'normal', fontSize: 18, lineHeight: 1.6 }}>
          {CONTACT.street}
          <br />
          {CONTACT.city}
        </address>
        <ul style={{ listStyle: 'none', padding: 0, margin: '18px 0 0', display: 'grid', gap: 10, color: theme.text }}>
          <li>🚋 Tram 4 to Market Square, then two minutes on foot</li>
          <li>🅿️ Evening parking at Mill Lane car park, free after 6 pm</li>
          <li>🚲 Bike racks right outside the door</li>
        </ul>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, marginTop: 22 }}>
          <a href={`tel:${CONTACT.phone.replace(/[^\d+]/g, '')}`} style={{ padding: '11px 16px', borderRadius: 12, background: theme.surface, border: `1px solid ${theme.border}`, color: theme.text, textDecoration: 'none', fontWeight: 700 }}>📞 {CONTACT.phone}</a>
          <a href={`mailto:${CONTACT.email}`} style={{ padding: '11px 16px', borderRadius: 12, background: theme.surface, border: `1px solid ${theme.border}`, color: theme.text, textDecoration: 'none', fontWeight: 700, overflowWrap: 'anywhere' }}>✉️ {CONTACT.email}</a>
        </div>
      </div>
    </section>
  );
}
