import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV, monogram, scrollToSection } from '../content';

export default function Header() {
  const compact = useViewportWidth() < 900;
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  const cta = { padding: '10px 18px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' as const };

  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.9), backdropFilter: 'saturate(180%) blur(12px)', WebkitBackdropFilter: 'saturate(180%) blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 14 }}>
        <a href="#top" onClick={(e) => { e.preventDefault(); window.scrollTo({ top: 0, behavior: 'smooth' }); }} style={{ display: 'flex', alignItems: 'center', gap: 10, color: theme.text, textDecoration: 'none', minWidth: 0 }}>
          <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: 10, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 15, flexShrink: 0, fontFamily: theme.heading }}>{monogram(config.title)}</span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 800, fontSize: 'clamp(16px, 2vw, 20px)', lineHeight: 1.2 }}>{config.title}</span>
        </a>
        {compact ? (
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexShrink: 0 }}>
            <button type="button" onClick={() => go('tickets')} style={{ ...cta, padding: '9px 14px', fontSize: 14 }}>Tickets</button>
            <button type="button" data-testid="menu-button" aria-expanded={open} aria-controls="mobile-menu" aria-label={open ? 'Close menu' : 'Open menu'} onClick={() => setOpen((o) => !o)} style={{ width: 42, height: 42, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 19, cursor: 'pointer' }}>
              {open ? '✕' : '☰'}
            </button>
          </div>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', alignItems: 'center', gap: 'clamp(14px, 2vw, 28px)' }}>
            {NAV.map((n) => (
              <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontWeight: 600, fontSize: 15 }}>{n.label}</a>
            ))}
            <button type="button" data-testid="header-tickets" onClick={() => go('tickets')} style={cta}>Get tickets</button>
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="mobile-menu" aria-label="Main" style={{ borderTop: `1px solid ${theme.border}`, background: theme.surface, padding: '8px clamp(16px, 4vw, 40px) 14px', display: 'grid' }}>
          {NAV.map((n) => (
            <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontWeight: 600, fontSize: 17, padding: '12px 0', borderBottom: `1px solid ${theme.border}` }}>{n.label}</a>
          ))}
        </nav>
      )}
    </header>
  );
}
