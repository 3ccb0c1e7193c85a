import { config } from '../config';
import { theme, alpha } from '../theme';
import { CONTACT, NAV_LINKS, monogram, scrollToSection, servicesText } from '../content';

export default function Footer() {
  const year = new Date().getFullYear();
  return (
    <footer style={{ background: theme.isDark ? theme.surface : theme.text, color: theme.isDark ? theme.text : theme.background }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(36px, 5vw, 56px) clamp(16px, 4vw, 40px) 24px', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 28 }}>
        <div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
            <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: '50%', border: '2px solid currentColor', display: 'grid', placeItems: 'center', fontFamily: theme.heading, fontWeight: 700, fontSize: 14 }}>{monogram(config.title)}</span>
            <span style={{ fontFamily: theme.heading, fontWeight: 700, fontSize: 20 }}>{config.title}</span>
          </div>
          <p style={{ margin: '12px 0 0', opacity: 0.75, lineHeight: 1.6 }}>{config.tagline}</p>
        </div>
        <div>
          <h2 style={{ margin: '0 0 10px', fontSize: 14, textTransform: 'uppercase', letterSpacing: '0.1em', opacity: 0.7 }}>Visit</h2>
          <p style={{ margin: 0, lineHeight: 1.7 }}>{CONTACT.street}<br />{CONTACT.city}<br />{CONTACT.phone}</p>
        </div>
        <div>
          <h2 style={{ margin: '0 0 10px', fontSize: 14, textTransform: 'uppercase', letterSpacing: '0.1em', opacity: 0.7 }}>This weekend</h2>
          <p style={{ margin: 0, lineHeight: 1.7 }}>Saturday: {servicesText(6)}<br />Sunday: {servicesText(0)}</p>
        </div>
        <nav aria-label="Footer">
          <h2 style={{ margin: '0 0 10px', fontSize: 14, textTransform: 'uppercase', letterSpacing: '0.1em', opacity: 0.7 }}>Explore</h2>
          <div style={{ display: 'grid', gap: 6, justifyItems: 'start' }}>
            {NAV_LINKS.map((l) => (
              <button key={l.id} type="button" onClick={() => scrollToSection(l.id)} style={{ background: 'none', border: 'none', padding: 0, color: 'inherit', cursor: 'pointer', fontSize: 15, fontFamily: theme.body }}>
                {l.label}
              </button>
            ))}
          </div>
        </nav>
      </div>
      <div style={{ borderTop: `1px solid ${alpha(theme.isDark ? theme.text : theme.background, 0.15)}`, padding: '16px clamp(16px, 4vw, 40px)', textAlign: 'center', fontSize: 13, opacity: 0.7 }}>
        © {year} {config.title}. Made with care and good olive oil.
      </div>
    </footer>
  );
}
