import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV_LINKS, monogram, scrollToSection } from '../content';

export default function Header() {
  const compact = useViewportWidth() < 820;
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  const link = { background: 'none', border: 'none', color: theme.text, fontSize: 15, fontWeight: 600, cursor: 'pointer', padding: '8px 4px', fontFamily: theme.body, textDecoration: 'none' } as const;
  const book = (
    <button type="button" data-testid="header-book" onClick={() => go('book')} style={{ padding: '10px 18px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}>
      Book a table
    </button>
  );

  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.9), backdropFilter: 'saturate(180%) blur(12px)', WebkitBackdropFilter: 'saturate(180%) blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <a
          href="#top"
          onClick={(e) => {
            e.preventDefault();
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          style={{ display: 'flex', alignItems: 'center', gap: 12, color: theme.text, textDecoration: 'none', minWidth: 0 }}
        >
          <span aria-hidden="true" style={{ width: 40, height: 40, borderRadius: '50%', border: `2px solid ${theme.primaryInk}`, color: theme.primaryInk, display: 'grid', placeItems: 'center', fontFamily: theme.heading, fontWeight: 700, fontSize: 15, flexShrink: 0 }}>
            {monogram(config.title)}
          </span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 700, fontSize: 'clamp(17px, 2vw, 22px)', lineHeight: 1.2 }}>{config.title}</span>
        </a>
        {compact ? (
          <button
            type="button"
            data-testid="menu-button"
            aria-expanded={open}
            aria-controls="mobile-nav"
            aria-label={open ? 'Close menu' : 'Open menu'}
            onClick={() => setOpen((o) => !o)}
            style={{ width: 44, height: 44, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: 'pointer', flexShrink: 0 }}
          >
            {open ? '✕' : '☰'}
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', alignItems: 'center', gap: 'clamp(12px, 2vw, 26px)' }}>
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
            {book}
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="mobile-nav" aria-label="Main" style={{ borderTop: `1px solid ${theme.border}`, background: theme.surface, padding: '8px clamp(16px, 4vw, 40px) 16px', display: 'grid' }}>
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
          <div style={{ marginTop: 14, display: 'grid' }}>{book}</div>
        </nav>
      )}
    </header>
  );
}
