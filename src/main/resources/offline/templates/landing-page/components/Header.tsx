import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV_LINKS, monogram, scrollToSection } from '../content';

export default function Header() {
  const compact = useViewportWidth() < 860;
  const [menuOpen, setMenuOpen] = useState<boolean>(false);

  const go = (id: string) => {
    setMenuOpen(false);
    scrollToSection(id);
  };

  const link = {
    background: 'none',
    border: 'none',
    color: theme.text,
    fontSize: 15,
    fontWeight: 600,
    cursor: 'pointer',
    padding: '8px 4px',
    fontFamily: theme.body,
    textDecoration: 'none',
  } as const;

  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.88), backdropFilter: 'saturate(180%) blur(12px)', WebkitBackdropFilter: 'saturate(180%) blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <a
          href="#top"
          onClick={(e) => {
            e.preventDefault();
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          style={{ display: 'flex', alignItems: 'center', gap: 12, color: theme.text, textDecoration: 'none', minWidth: 0 }}
        >
          <span aria-hidden="true" style={{ width: 40, height: 40, borderRadius: 12, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontFamily: theme.heading, fontWeight: 800, fontSize: 16, flexShrink: 0 }}>
            {monogram(config.title)}
          </span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 800, fontSize: 'clamp(17px, 2vw, 21px)', lineHeight: 1.2 }}>
            {config.title}
          </span>
        </a>
        {compact ? (
          <button
            type="button"
            aria-expanded={menuOpen}
            aria-controls="mobile-menu"
            aria-label={menuOpen ? 'Close menu' : 'Open menu'}
            data-testid="menu-button"
            onClick={() => setMenuOpen((open) => !open)}
            style={{ width: 44, height: 44, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: 'pointer', flexShrink: 0 }}
          >
            {menuOpen ? '✕' : '☰'}
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', alignItems: 'center', gap: 'clamp(12px, 2vw, 28px)' }}>
            {NAV_LINKS.map((l) => (
              <a
                key={l.id}
                href={`#${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  go(l.id);
                }}
                style={link}
              >
                {l.label}
              </a>
            ))}
            <button type="button" onClick={() => go('visit')} style={{ padding: '10px 18px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}>
              Plan your visit
            </button>
          </nav>
        )}
      </div>
      {compact && menuOpen && (
        <nav id="mobile-menu" aria-label="Main" style={{ borderTop: `1px solid ${theme.border}`, background: theme.surface, padding: '8px clamp(16px, 4vw, 40px) 16px', display: 'grid' }}>
          {NAV_LINKS.map((l) => (
            <a
              key={l.id}
              href={`#${l.id}`}
              onClick={(e) => {
                e.preventDefault();
                go(l.id);
              }}
              style={{ ...link, padding: '14px 0', fontSize: 17, borderBottom: `1px solid ${theme.border}` }}
            >
              {l.label}
            </a>
          ))}
          <button type="button" onClick={() => go('visit')} style={{ marginTop: 14, padding: '14px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
            Plan your visit
          </button>
        </nav>
      )}
    </header>
  );
}
