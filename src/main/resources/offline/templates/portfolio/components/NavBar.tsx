import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { initials, scrollToSection } from '../content';

const LINKS = [
  { id: 'work', label: 'Work' },
  { id: 'about', label: 'About' },
  { id: 'skills', label: 'Skills' },
  { id: 'contact', label: 'Contact' },
];

export default function NavBar() {
  const compact = useViewportWidth() < 760;
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  const linkStyle = { color: theme.text, textDecoration: 'none', fontWeight: 600, fontSize: 15, padding: '8px 2px' } as const;

  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.9), backdropFilter: 'blur(12px)', WebkitBackdropFilter: 'blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1120, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <a
          href="#top"
          onClick={(e) => {
            e.preventDefault();
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          style={{ display: 'flex', alignItems: 'center', gap: 10, color: theme.text, textDecoration: 'none', minWidth: 0 }}
        >
          <span aria-hidden="true" style={{ width: 36, height: 36, borderRadius: '50%', background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 14, flexShrink: 0 }}>{initials()}</span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 800, fontSize: 18, lineHeight: 1.2 }}>{config.title}</span>
        </a>
        {compact ? (
          <button
            type="button"
            aria-label={open ? 'Close menu' : 'Open menu'}
            aria-expanded={open}
            aria-controls="portfolio-menu"
            data-testid="menu-button"
            onClick={() => setOpen((o) => !o)}
            style={{ width: 44, height: 44, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: 'pointer', flexShrink: 0 }}
          >
            {open ? '✕' : '☰'}
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', gap: 'clamp(14px, 2.5vw, 32px)', alignItems: 'center' }}>
            {LINKS.map((l) => (
              <a
                key={l.id}
                href={`#${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  go(l.id);
                }}
                style={linkStyle}
              >
                {l.label}
              </a>
            ))}
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="portfolio-menu" aria-label="Main" style={{ display: 'grid', padding: '4px clamp(16px, 4vw, 40px) 12px', borderTop: `1px solid ${theme.border}`, background: theme.surface }}>
          {LINKS.map((l) => (
            <a
              key={l.id}
              href={`#${l.id}`}
              onClick={(e) => {
                e.preventDefault();
                go(l.id);
              }}
              style={{ ...linkStyle, padding: '14px 0', fontSize: 17, borderBottom: `1px solid ${theme.border}` }}
            >
              {l.label}
            </a>
          ))}
        </nav>
      )}
    </header>
  );
}
