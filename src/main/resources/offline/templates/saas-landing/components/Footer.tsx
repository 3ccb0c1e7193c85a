import { config } from '../config';
import { theme } from '../theme';
import { NAV, initials, scrollToSection } from '../content';

const COLUMNS: { title: string; items: string[] }[] = [
  { title: 'Company', items: ['About us', 'Careers (we’re hiring)', 'Press kit', 'Contact'] },
  { title: 'Resources', items: ['Help centre', 'Templates', 'Community', 'Status'] },
  { title: 'Legal', items: ['Privacy', 'Terms', 'Security', 'Cookie settings'] },
];

export default function Footer() {
  return (
    <footer style={{ borderTop: `1px solid ${theme.border}`, background: theme.surface }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(36px, 5vw, 56px) clamp(16px, 4vw, 40px) 28px', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 170px), 1fr))', gap: 28 }}>
        <div style={{ gridColumn: 'span 1' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
            <span aria-hidden="true" style={{ width: 32, height: 32, borderRadius: 9, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800 }}>{initials(config.title)}</span>
            <span style={{ fontFamily: theme.heading, fontWeight: 800, fontSize: 19 }}>{config.title}</span>
          </div>
          <p style={{ margin: '12px 0 0', color: theme.muted, fontSize: 14, lineHeight: 1.6 }}>{config.tagline}</p>
        </div>
        <nav aria-label="Product">
          <h2 style={{ margin: '0 0 12px', fontSize: 13, textTransform: 'uppercase', letterSpacing: '0.1em', color: theme.muted }}>Product</h2>
          <div style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
            {NAV.map((l) => (
              <button key={l.id} type="button" onClick={() => scrollToSection(l.id)} style={{ background: 'none', border: 'none', padding: 0, color: theme.text, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
                {l.label}
              </button>
            ))}
          </div>
        </nav>
        {COLUMNS.map((c) => (
          <div key={c.title}>
            <h2 style={{ margin: '0 0 12px', fontSize: 13, textTransform: 'uppercase', letterSpacing: '0.1em', color: theme.muted }}>{c.title}</h2>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8, fontSize: 15 }}>
              {c.items.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '18px clamp(16px, 4vw, 40px) 28px', borderTop: `1px solid ${theme.border}`, display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 10, fontSize: 13, color: theme.muted }}>
        <span>© {new Date().getFullYear()} {config.title} Inc. All rights reserved.</span>
        <span>Made for teams who would rather be building.</span>
      </div>
    </footer>
  );
}
