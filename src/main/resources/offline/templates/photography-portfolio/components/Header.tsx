import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV, scrollToSection } from '../content';

export default function Header() {
  const compact = useViewportWidth() < 820;
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.9), backdropFilter: 'blur(12px)', WebkitBackdropFilter: 'blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1280, margin: '0 auto', padding: '14px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 14 }}>
        <a href="#top" onClick={(e) => { e.preventDefault(); window.scrollTo({ top: 0, behavior: 'smooth' }); }} style={{ color: theme.text, textDecoration: 'none', minWidth: 0, display: 'flex', alignItems: 'center', gap: 10 }}>
          <span aria-hidden="true" style={{ width: 30, height: 30, borderRadius: '50%', border: `2px solid ${theme.text}`, display: 'grid', placeItems: 'center', flexShrink: 0 }}>
            <span style={{ width: 12, height: 12, borderRadius: '50%', background: theme.primary }} />
          </span>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(17px, 2.2vw, 22px)', fontWeight: 700, letterSpacing: '0.01em', lineHeight: 1.2 }}>{config.title}</span>
        </a>
        {compact ? (
          <button type="button" data-testid="menu-button" aria-expanded={open} aria-controls="mobile-menu" aria-label={open ? 'Close menu' : 'Open menu'} onClick={() => setOpen((o) => !o)} style={{ width: 42, height: 42, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 19, cursor: 'pointer', flexShrink: 0 }}>
            {open ? '✕' : '☰'}
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', gap: 28, alignItems: 'center' }}>
            {NAV.map((n) => (
              <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontSize: 15, fontWeight: 600, letterSpacing: '0.04em', textTransform: 'uppercase' }}>{n.label}</a>
            ))}
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="mobile-menu" aria-label="Main" style={{ display: 'grid', padding: '6px clamp(16px, 4vw, 40px) 14px', borderTop: `1px solid ${theme.border}`, background: theme.surface }}>
          {NAV.map((n) => (
            <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontSize: 17, fontWeight: 600, padding: '12px 0', borderBottom: `1px solid ${theme.border}` }}>{n.label}</a>
          ))}
        </nav>
      )}
    </header>
  );
}
