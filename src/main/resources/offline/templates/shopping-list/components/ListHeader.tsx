import { config } from '../config';
import { theme } from '../theme';

interface ListHeaderProps {
  total: number;
  checked: number;
  copied: 'ok' | 'failed' | null;
  onCopy: () => void;
}

export default function ListHeader({ total, checked, copied, onCopy }: ListHeaderProps) {
  const pct = total ? Math.round((checked / total) * 100) : 0;
  return (
    <header style={{ display: 'grid', gap: 14 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 12 }}>
        <div style={{ minWidth: 0 }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </div>
        <button
          type="button"
          data-testid="copy-list"
          onClick={onCopy}
          disabled={total - checked === 0}
          style={{ padding: '10px 14px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: copied === 'failed' ? theme.danger : theme.text, fontWeight: 600, fontSize: 14, cursor: total - checked === 0 ? 'not-allowed' : 'pointer', opacity: total - checked === 0 ? 0.5 : 1, fontFamily: theme.body }}
        >
          {copied === 'ok' ? '✓ Copied to clipboard' : copied === 'failed' ? 'Copying was blocked' : '📋 Copy list'}
        </button>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 14, color: theme.muted }}>
        <div aria-hidden="true" style={{ flex: 1, maxWidth: 360, height: 10, borderRadius: 5, background: theme.border, overflow: 'hidden' }}>
          <div style={{ width: `${pct}%`, height: '100%', background: theme.primary, transition: 'width 250ms' }} />
        </div>
        <span data-testid="progress">
          {total === 0 ? 'Your list is empty' : checked === total ? `All ${total} items in the basket 🎉` : `${checked} of ${total} in the basket`}
        </span>
      </div>
    </header>
  );
}
