import { theme, alpha } from '../theme';
import { STATUSES } from '../data';
import type { Status, Task } from '../data';

export function statusColor(s: Status): string {
  switch (s) {
    case 'done':
      return theme.success;
    case 'blocked':
      return theme.danger;
    case 'review':
      return theme.accentOnSurface;
    case 'progress':
      return theme.primaryOnSurface;
    default:
      return alpha(theme.text, 0.35);
  }
}

export default function StatusBar({ tasks, onPick, active }: { tasks: Task[]; onPick: (s: Status | 'all') => void; active: Status | 'all' }) {
  const total = Math.max(1, tasks.length);
  const groups = STATUSES.map((s) => ({ ...s, tasks: tasks.filter((t) => t.status === s.id) }));
  return (
    <div>
      <div role="img" aria-label={groups.map((g) => `${g.label}: ${g.tasks.length}`).join(', ')} style={{ display: 'flex', height: 18, borderRadius: 999, overflow: 'hidden', background: theme.subtle }}>
        {groups.map((g) =>
          g.tasks.length ? <div key={g.id} style={{ width: `${(g.tasks.length / total) * 100}%`, background: statusColor(g.id), transition: 'width 300ms' }} /> : null,
        )}
      </div>
      <ul style={{ listStyle: 'none', margin: '14px 0 0', padding: 0, display: 'grid', gap: 6 }}>
        {groups.map((g) => (
          <li key={g.id}>
            <button
              type="button"
              data-testid={`status-${g.id}`}
              aria-pressed={active === g.id}
              onClick={() => onPick(active === g.id ? 'all' : g.id)}
              style={{ width: '100%', display: 'flex', alignItems: 'center', gap: 10, padding: '8px 10px', borderRadius: 10, border: `1px solid ${active === g.id ? theme.borderStrong : 'transparent'}`, background: active === g.id ? theme.subtle : 'transparent', color: theme.text, cursor: 'pointer', fontFamily: theme.body, fontSize: 14, textAlign: 'left' }}
            >
              <span aria-hidden="true" style={{ width: 12, height: 12, borderRadius: 4, background: statusColor(g.id), flexShrink: 0 }} />
              <span style={{ flex: 1, fontWeight: 600 }}>{g.label}</span>
              <span data-testid={`status-count-${g.id}`} style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>{g.tasks.length}</span>
              <span style={{ color: theme.muted, width: 54, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{g.tasks.reduce((s, t) => s + t.points, 0)} pts</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
