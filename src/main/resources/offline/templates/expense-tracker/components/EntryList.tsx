import { useState } from 'react';
import type { Entry, Kind } from '../ledger';
import { CATEGORIES, formatCents, iconFor } from '../ledger';
import { theme } from '../theme';

interface EntryListProps {
  entries: Entry[];
  onDelete: (entry: Entry) => void;
}

export default function EntryList({ entries, onDelete }: EntryListProps) {
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [category, setCategory] = useState<string>('all');

  const visible = entries
    .filter((e) => (kind === 'all' || e.kind === kind) && (category === 'all' || e.category === category))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const days = Array.from(new Set(visible.map((e) => e.date)));
  const dayTitle = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(y, m - 1, d));
  };
  const categories = kind === 'all' ? [...CATEGORIES.expense, ...CATEGORIES.income] : CATEGORIES[kind];

  const select = { padding: '8px 10px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 14, fontFamily: theme.body } as const;

  return (
    <section aria-label="Entries" style={{ flex: '2 1 420px', minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadowSmall, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 14 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>Entries <span style={{ color: theme.muted, fontWeight: 500, fontSize: 15 }}>({visible.length})</span></h2>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <select aria-label="Type" data-testid="filter-kind" value={kind} onChange={(e) => { setKind(e.target.value as Kind | 'all'); setCategory('all'); }} style={select}>
            <option value="all">All types</option>
            <option value="expense">Expenses</option>
            <option value="income">Income</option>
          </select>
          <select aria-label="Category" data-testid="filter-category" value={category} onChange={(e) => setCategory(e.target.value)} style={select}>
            <option value="all">All categories</option>
            {categories.map((c) => (
              <option key={c.name} value={c.name}>{c.name}</option>
            ))}
          </select>
        </div>
      </div>
      {visible.length === 0 ? (
        <p style={{ margin: 0, padding: '28px 12px', textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.border}`, borderRadius: 14 }}>
          {entries.length === 0 ? 'Nothing recorded for this month yet. Add your first entry.' : 'No entries match these filters.'}
        </p>
      ) : (
        days.map((day) => (
          <div key={day}>
            <h3 style={{ margin: '0 0 6px', fontSize: 13, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.06em' }}>{dayTitle(day)}</h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {visible
                .filter((e) => e.date === day)
                .map((e) => (
                  <li key={e.id} data-testid="entry" style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '10px 0', borderBottom: `1px solid ${theme.border}` }}>
                    <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: 12, background: theme.subtle, display: 'grid', placeItems: 'center', fontSize: 18, flexShrink: 0 }}>{iconFor(e.kind, e.category)}</span>
                    <span style={{ flex: 1, minWidth: 0 }}>
                      <span style={{ display: 'block', fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{e.description}</span>
                      <span style={{ fontSize: 13, color: theme.muted }}>{e.category}</span>
                    </span>
                    <span style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums', color: e.kind === 'income' ? theme.success : theme.text, whiteSpace: 'nowrap' }}>
                      {e.kind === 'income' ? '+' : '−'}{formatCents(e.cents)}
                    </span>
                    <button type="button" data-testid="delete" aria-label={`Delete ${e.description}`} onClick={() => onDelete(e)} style={{ width: 34, height: 34, borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.muted, cursor: 'pointer', flexShrink: 0 }}>
                      ✕
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
