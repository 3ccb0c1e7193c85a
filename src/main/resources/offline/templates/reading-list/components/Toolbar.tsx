import { theme, useViewportWidth } from '../theme';
import { SORTS, STATUSES } from '../books';
import type { SortKey, Status } from '../books';

interface ToolbarProps {
  tab: Status | 'all';
  counts: Record<Status | 'all', number>;
  query: string;
  sort: SortKey;
  onTab: (tab: Status | 'all') => void;
  onQuery: (q: string) => void;
  onSort: (s: SortKey) => void;
  onAdd: () => void;
}

export default function Toolbar({ tab, counts, query, sort, onTab, onQuery, onSort, onAdd }: ToolbarProps) {
  const narrow = useViewportWidth() < 520;
  const tabs: { id: Status | 'all'; label: string }[] = [{ id: 'all', label: 'All' }, ...STATUSES.map((s) => ({ id: s.id, label: s.short }))];
  const control = { height: 42, padding: '0 12px', borderRadius: 10, border: `1.5px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, fontFamily: theme.body, boxSizing: 'border-box' as const };
  return (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', justifyContent: 'space-between' }}>
        <div role="tablist" aria-label="Shelves" style={{ display: narrow ? 'grid' : 'flex', gridTemplateColumns: 'repeat(4, auto)', gap: 4, padding: 4, background: theme.subtle, borderRadius: 12, width: narrow ? '100%' : undefined, boxSizing: 'border-box' }}>
          {tabs.map((t) => {
            const active = t.id === tab;
            return (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={active}
                data-testid={`tab-${t.id}`}
                onClick={() => onTab(t.id)}
                style={{ padding: narrow ? '8px 6px' : '8px 14px', borderRadius: 9, border: 'none', background: active ? theme.surface : 'transparent', color: theme.text, fontWeight: active ? 800 : 600, fontSize: narrow ? 13 : 14, whiteSpace: 'nowrap', cursor: 'pointer', boxShadow: active ? theme.shadowSmall : 'none', fontFamily: theme.body }}
              >
                {t.label} <span data-testid={`count-${t.id}`} style={{ color: theme.muted, fontWeight: 600 }}>{counts[t.id]}</span>
              </button>
            );
          })}
        </div>
        <button type="button" data-testid="add-book" onClick={onAdd} style={{ height: 42, padding: '0 18px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
          + Add book
        </button>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
        <input type="search" data-testid="search" aria-label="Search by title or author" placeholder="Search title or author…" value={query} onChange={(e) => onQuery(e.target.value)} style={{ ...control, flex: '1 1 220px', minWidth: 0 }} />
        <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14, color: theme.muted }}>
          Sort
          <select data-testid="sort" value={sort} onChange={(e) => onSort(e.target.value as SortKey)} style={control}>
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
