import { theme } from '../theme';
import { spec } from '../spec';
import type { Item } from '../spec';
import { card, heading } from '../look';

/** The items by date, month by month: a calendar agenda. */
export default function Upcoming({ items, onOpen }: { items: Item[]; onOpen?: (id: string) => void }) {
  const months = new Map<string, Item[]>();
  [...items].sort((a, b) => a.date.localeCompare(b.date)).forEach((i) => {
    const date = new Date(i.date + 'T12:00:00');
    const month = Number.isNaN(date.getTime()) ? i.date : date.toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
    months.set(month, [...(months.get(month) ?? []), i]);
  });
  return (
    <section aria-label="Calendar" data-testid="calendar" style={{ ...card, display: 'grid', gap: 12 }}>
      <h2 style={heading}>Calendar</h2>
      {[...months].map(([month, list]) => (
        <div key={month} style={{ display: 'grid', gap: 6 }}>
          <h3 style={{ margin: 0, fontSize: 16, color: theme.primaryOnSurface }}>{month}</h3>
          {list.map((i) => (
            <div key={i.id} style={{ display: 'flex', gap: 12, alignItems: 'baseline' }}>
              <span style={{ minWidth: 28, fontWeight: 700 }}>{new Date(i.date + 'T12:00:00').getDate() || ''}</span>
              {onOpen ? (
                <button type="button" onClick={() => onOpen(i.id)} style={{ border: 'none', background: 'transparent', color: theme.text, padding: 0, cursor: 'pointer', font: 'inherit', textAlign: 'left' }}>
                  {i.title}
                </button>
              ) : (
                <span>{i.title}</span>
              )}
            </div>
          ))}
        </div>
      ))}
      {items.length === 0 && <p style={{ margin: 0, color: theme.muted }}>No {spec.kinds} yet.</p>}
    </section>
  );
}
