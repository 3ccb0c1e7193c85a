import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV, initials, scrollToSection } from '../content';

export default function NavBar({ onStart }: { onStart: () => void }) {
  const compact = useViewportWidth() < 820;
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  const link = { background: 'none', border: 'none', color: theme.text, fontSize: 15, fontWeight: 600, cursor: 'pointer', padding: '8px 4px', fontFamily: theme.body, textDecoration: 'none' } as const;
  const start = (
    <button
      type="button"
      data-testid="nav-start"
      onClick={() => {
        setOpen(false);
        onStart();
      }}
      style={{ padding: '10px 18px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
    >
      Start free
    </button>
  );
  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 30, background: alpha(theme.background, 0.88), backdropFilter: 'saturate(180%) blur(12px)', WebkitBackdropFilter: 'saturate(180%) blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <a
          href="#top"
          onClick={(e) => {
            e.preventDefault();
            window.scrollTo({ top: 0, behavior: 'smooth' });
          }}
          style={{ display: 'flex', alignItems: 'center', gap: 10, color: theme.text, textDecoration: 'none', minWidth: 0 }}
        >
          <span aria-hidden="true" style={{ width: 36, height: 36, borderRadius: 10, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 17, flexShrink: 0 }}>{initials(config.title)}</span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 800, fontSize: 'clamp(18px, 2vw, 21px)', letterSpacing: '-0.01em' }}>{config.title}</span>
        </a>
        {compact ? (
          <button type="button" data-testid="menu-button" aria-expanded={open} aria-controls="mobile-nav" aria-label={open ? 'Close menu' : 'Open menu'} onClick={() => setOpen((o) => !o)} style={{ width: 44, height: 44, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: 'pointer', flexShrink: 0 }}>
            {open ? '✕' : '☰'}
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', alignItems: 'center', gap: 'clamp(12px, 2.4vw, 30px)' }}>
            {NAV.map((l) => (
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
            {start}
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="mobile-nav" aria-label="Main" style={{ borderTop: `1px solid ${theme.border}`, background: theme.surface, padding: '8px clamp(16px, 4vw, 40px) 16px', display: 'grid' }}>
          {NAV.map((l) => (
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
          <div style={{ display: 'grid', marginTop: 14 }}>{start}</div>
        </nav>
      )}
    </header>
  );
}
