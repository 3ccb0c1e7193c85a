import { theme } from '../theme';
import type { Category, Item } from '../list';
import ItemRow from './ItemRow';

interface CategorySectionProps {
  category: Category;
  items: Item[];
  onToggle: (id: string) => void;
  onQty: (id: string, qty: number) => void;
  onRemove: (id: string) => void;
}

export default function CategorySection({ category, items, onToggle, onQty, onRemove }: CategorySectionProps) {
  const open = items.filter((i) => !i.checked).length;
  return (
    <section aria-label={category.label} data-testid={`aisle-${category.id}`} style={{ display: 'grid', gap: 6, alignContent: 'start', minWidth: 0 }}>
      <h2 style={{ margin: '0 0 2px', fontSize: 15, display: 'flex', alignItems: 'center', gap: 8, fontFamily: theme.heading }}>
        <span aria-hidden="true">{category.icon}</span>
        {category.label}
        <span style={{ marginLeft: 'auto', fontSize: 12, fontWeight: 700, color: theme.muted, fontFamily: theme.body }}>{open ? `${open} to get` : 'done ✓'}</span>
      </h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 6 }}>
        {items.map((item) => (
          <ItemRow key={item.id} item={item} onToggle={() => onToggle(item.id)} onQty={(q) => onQty(item.id, q)} onRemove={() => onRemove(item.id)} />
        ))}
      </ul>
    </section>
  );
}
