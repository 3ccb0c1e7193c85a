import { theme } from '../theme';

interface RecentListProps {
  items: string[];
  onCopy: (value: string) => void;
  onClear: () => void;
}

export default function RecentList({ items, onCopy, onClear }: RecentListProps) {
  return (
    <section aria-labelledby="recent-title" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 3vw, 22px)', boxShadow: theme.shadowSmall, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 10, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
        <h2 id="recent-title" style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>Recently generated</h2>
        {items.length > 0 && (
          <button type="button" data-testid="clear-recent" onClick={onClear} style={{ border: 'none', background: 'transparent', color: theme.muted, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body, textDecoration: 'underline' }}>
            Clear
          </button>
        )}
      </div>
      <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>Kept only while this page is open, never saved.</p>
      <ul data-testid="recent-list" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 6 }}>
        {items.map((p, i) => (
          <li key={`${i}-${p}`} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '8px 10px', borderRadius: 10, background: theme.subtle, minWidth: 0 }}>
            <code style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: 14, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>{p}</code>
            <button type="button" aria-label={`Copy ${p}`} onClick={() => onCopy(p)} style={{ flexShrink: 0, padding: '4px 10px', borderRadius: 8, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 13, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}>
              Copy
            </button>
          </li>
        ))}
        {items.length === 0 && <li style={{ color: theme.muted, fontSize: 14 }}>Nothing yet.</li>}
      </ul>
    </section>
  );
}
