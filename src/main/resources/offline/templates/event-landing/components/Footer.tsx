import { config } from '../config';
import { theme } from '../theme';
import { EMAIL, NAV, VENUE, dateRange, scrollToSection } from '../content';

export default function Footer() {
  return (
    <footer style={{ background: theme.text, color: theme.background }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(36px, 6vw, 64px) clamp(16px, 4vw, 40px)', display: 'flex', flexWrap: 'wrap', gap: 32, justifyContent: 'space-between' }}>
        <div style={{ maxWidth: 420 }}>
          <div style={{ fontFamily: theme.heading, fontSize: 24, fontWeight: 800 }}>{config.title}</div>
          <p style={{ margin: '8px 0 0', opacity: 0.8 }}>{dateRange()} · {VENUE.name}, {VENUE.city}</p>
          <p style={{ margin: '8px 0 0', opacity: 0.8 }}>
            Questions, sponsorship or press: <a href={`mailto:${EMAIL}`} style={{ color: theme.background, fontWeight: 700, overflowWrap: 'anywhere' }}>{EMAIL}</a>
          </p>
        </div>
        <nav aria-label="Footer" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
          {NAV.map((n) => (
            <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); scrollToSection(n.id); }} style={{ color: theme.background, textDecoration: 'none', opacity: 0.85 }}>{n.label}</a>
          ))}
        </nav>
      </div>
      <div style={{ borderTop: '1px solid rgba(127,127,127,0.35)', padding: '16px clamp(16px, 4vw, 40px)', textAlign: 'center', fontSize: 14, opacity: 0.75 }}>
        © {new Date().getFullYear()} {config.title}. Organised by volunteers, for the community.
      </div>
    </footer>
  );
}
