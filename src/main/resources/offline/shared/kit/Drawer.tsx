import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { theme, alpha } from '../theme';
import { button, row } from './ui';

/** Calls `onClose` when Escape is pressed, while the caller is shown. */
export function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

/** A panel over the page from the right; Escape, ✕ or the backdrop closes it. */
export default function Drawer({ label, testId, onClose, children }: { label: string; testId?: string; onClose: () => void; children: ReactNode }) {
  useEscape(onClose);
  return (
    <div onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }} style={{ position: 'fixed', inset: 0, background: alpha('#000000', 0.4), display: 'flex', justifyContent: 'flex-end', zIndex: 40 }}>
      <div role="dialog" aria-modal="true" aria-label={label} data-testid={testId} style={{ width: 'min(560px, 100%)', height: '100%', overflowY: 'auto', background: theme.surface, color: theme.text, padding: 'clamp(16px, 3vw, 26px)', boxSizing: 'border-box', display: 'grid', gap: 16, alignContent: 'start', boxShadow: theme.shadow }}>
        <div style={{ ...row, justifyContent: 'space-between' }}>
          <span style={{ fontSize: 13, color: theme.muted }}>{label}</span>
          <button type="button" aria-label="Close" onClick={onClose} autoFocus style={button('ghost', true)}>✕</button>
        </div>
        {children}
      </div>
    </div>
  );
}
