import { theme, alpha } from '../theme';
import { QTY_MAX, formatQty } from '../list';
import type { Item } from '../list';

interface ItemRowProps {
  item: Item;
  onToggle: () => void;
  onQty: (qty: number) => void;
  onRemove: () => void;
}

export default function ItemRow({ item, onToggle, onQty, onRemove }: ItemRowProps) {
  const step = item.unit === 'g' || item.unit === 'ml' ? 50 : 1;
  const small = { width: 30, height: 30, borderRadius: 8, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 16, fontWeight: 700, cursor: 'pointer', padding: 0, flexShrink: 0 } as const;
  return (
    <li data-testid={`item-${item.name}`} style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '8px 10px', borderRadius: 12, background: item.checked ? 'transparent' : theme.surface, border: `1px solid ${item.checked ? 'transparent' : theme.border}`, minWidth: 0 }}>
      <label style={{ display: 'flex', alignItems: 'center', gap: 12, flex: 1, minWidth: 0, cursor: 'pointer' }}>
        <input type="checkbox" data-testid={`check-${item.name}`} checked={item.checked} onChange={onToggle} style={{ width: 22, height: 22, accentColor: theme.primary, flexShrink: 0, margin: 0 }} />
        <span style={{ minWidth: 0 }}>
          <span style={{ display: 'block', fontWeight: 600, fontSize: 16, textDecoration: item.checked ? 'line-through' : 'none', color: item.checked ? theme.muted : theme.text, overflowWrap: 'anywhere' }}>{item.name}</span>
          <span data-testid={`qty-${item.name}`} style={{ display: 'block', fontSize: 13, color: theme.muted }}>{formatQty(item.qty, item.unit)}</span>
        </span>
      </label>
      {!item.checked && (
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <button type="button" aria-label={`Less ${item.name}`} disabled={item.qty <= step} onClick={() => onQty(Math.max(step, item.qty - step))} style={{ ...small, opacity: item.qty <= step ? 0.4 : 1 }}>−</button>
          <button type="button" aria-label={`More ${item.name}`} data-testid={`more-${item.name}`} onClick={() => onQty(Math.min(QTY_MAX, item.qty + step))} style={small}>+</button>
        </span>
      )}
      <button type="button" aria-label={`Remove ${item.name}`} data-testid={`remove-${item.name}`} onClick={onRemove} style={{ ...small, border: 'none', background: 'transparent', color: theme.muted, fontSize: 15 }} onMouseEnter={(e) => (e.currentTarget.style.background = alpha(theme.danger, 0.1))} onMouseLeave={(e) => (e.currentTarget.style.background = 'transparent')}>
        ✕
      </button>
    </li>
  );
}
