import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { NAV, scrollToSection } from '../content';

export default function Header() {
  // Long names need the room: switch to the menu button earlier.
  const compact = useViewportWidth() < Math.max(880, 700 + config.title.length * 9);
  const [open, setOpen] = useState<boolean>(false);
  const go = (id: string) => {
    setOpen(false);
    scrollToSection(id);
  };
  return (
    <header style={{ position: 'sticky', top: 0, zIndex: 20, background: alpha(theme.background, 0.92), backdropFilter: 'blur(12px)', WebkitBackdropFilter: 'blur(12px)', borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1240, margin: '0 auto', padding: '12px clamp(16px, 4vw, 40px)', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
        <a href="#top" onClick={(e) => { e.preventDefault(); window.scrollTo({ top: 0, behavior: 'smooth' }); }} style={{ display: 'flex', alignItems: 'center', gap: 10, color: theme.text, textDecoration: 'none', minWidth: 0 }}>
          <svg aria-hidden="true" viewBox="0 0 40 40" width={38} height={38} style={{ flexShrink: 0 }}>
            <rect width="40" height="40" rx="10" fill={theme.primary} />
            <rect x="6" y="14" width="5" height="12" rx="1.5" fill={theme.onPrimary} />
            <rect x="29" y="14" width="5" height="12" rx="1.5" fill={theme.onPrimary} />
            <rect x="11" y="18" width="18" height="4" rx="1" fill={theme.onPrimary} />
          </svg>
          <span data-testid="app-title" style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(17px, 2.2vw, 21px)', textTransform: 'uppercase', letterSpacing: '0.04em', lineHeight: 1.15 }}>{config.title}</span>
        </a>
        {compact ? (
          <div style={{ display: 'flex', gap: 8, flexShrink: 0 }}>
            <button type="button" onClick={() => go('trial')} style={{ padding: '9px 14px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>Free trial</button>
            <button type="button" data-testid="menu-button" aria-expanded={open} aria-controls="mobile-menu" aria-label={open ? 'Close menu' : 'Open menu'} onClick={() => setOpen((o) => !o)} style={{ width: 42, height: 42, borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 19, cursor: 'pointer' }}>{open ? '✕' : '☰'}</button>
          </div>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', gap: 26, alignItems: 'center' }}>
            {NAV.map((n) => (
              <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontWeight: 700, fontSize: 15 }}>{n.label}</a>
            ))}
            <button type="button" data-testid="header-trial" onClick={() => go('trial')} style={{ padding: '10px 18px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}>Book a free trial</button>
          </nav>
        )}
      </div>
      {compact && open && (
        <nav id="mobile-menu" aria-label="Main" style={{ display: 'grid', padding: '6px clamp(16px, 4vw, 40px) 14px', borderTop: `1px solid ${theme.border}`, background: theme.surface }}>
          {NAV.map((n) => (
            <a key={n.id} href={`#${n.id}`} onClick={(e) => { e.preventDefault(); go(n.id); }} style={{ color: theme.text, textDecoration: 'none', fontSize: 17, fontWeight: 700, padding: '12px 0', borderBottom: `1px solid ${theme.border}` }}>{n.label}</a>
          ))}
        </nav>
      )}
    </header>
  );
}
