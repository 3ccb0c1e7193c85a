import { theme } from '../theme';
import { shortDate } from '../data';
import type { Milestone } from '../data';

export default function Milestones({ items }: { items: Milestone[] }) {
  const today = new Date();
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((m, i) => {
        const days = Math.round((m.date.getTime() - new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()) / 86_400_000);
        return (
          <li key={m.title} data-testid="milestone" style={{ display: 'grid', gridTemplateColumns: '22px 1fr', gap: 12, paddingBottom: i === items.length - 1 ? 0 : 16, position: 'relative' }}>
            {i < items.length - 1 && <span aria-hidden="true" style={{ position: 'absolute', left: 10, top: 22, bottom: 0, width: 2, background: theme.border }} />}
            <span aria-hidden="true" style={{ width: 22, height: 22, borderRadius: '50%', background: m.done ? theme.success : theme.surface, border: `2px solid ${m.done ? theme.success : theme.borderStrong}`, color: theme.surface, display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: 900, position: 'relative' }}>
              {m.done ? '✓' : ''}
            </span>
            <div>
              <div style={{ fontWeight: 700, fontSize: 14, color: m.done ? theme.muted : theme.text }}>{m.title}</div>
              <div style={{ fontSize: 13, color: theme.muted }}>
                {shortDate(m.date)} · {m.done ? 'done' : days === 0 ? 'today' : days > 0 ? `in ${days} days` : `${-days} days ago`}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
