import type { Category, CategoryId } from '../units';
import { theme } from '../theme';

interface CategoryTabsProps {
  categories: Category[];
  active: CategoryId;
  onSelect: (id: CategoryId) => void;
}

export default function CategoryTabs({ categories, active, onSelect }: CategoryTabsProps) {
  return (
    <nav role="tablist" aria-label="What to convert" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))', gap: 10 }}>
      {categories.map((c) => {
        const selected = c.id === active;
        return (
          <button
            key={c.id}
            role="tab"
            aria-selected={selected}
            data-testid={`category-${c.id}`}
            onClick={() => onSelect(c.id)}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 10,
              padding: '14px 16px',
              borderRadius: theme.radius,
              border: `2px solid ${selected ? theme.primary : theme.border}`,
              background: selected ? theme.primary : theme.surface,
              color: selected ? theme.onPrimary : theme.text,
              fontSize: 16,
              fontWeight: 700,
              fontFamily: theme.body,
              cursor: 'pointer',
              boxShadow: selected ? theme.shadow : theme.shadowSmall,
              transition: 'background 150ms, color 150ms',
            }}
          >
            <span aria-hidden="true" style={{ fontSize: 22 }}>{c.icon}</span>
            {c.label}
          </button>
        );
      })}
    </nav>
  );
}
