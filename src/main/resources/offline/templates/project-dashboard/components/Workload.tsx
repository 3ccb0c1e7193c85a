import { theme, alpha } from '../theme';
import { TEAM } from '../data';
import type { Task } from '../data';

export default function Workload({ tasks, active, onPick }: { tasks: Task[]; active: string; onPick: (id: string) => void }) {
  const rows = TEAM.map((m) => {
    const mine = tasks.filter((t) => t.assignee === m.id);
    const done = mine.filter((t) => t.status === 'done').reduce((s, t) => s + t.points, 0);
    const total = mine.reduce((s, t) => s + t.points, 0);
    return { m, done, open: total - done, total, count: mine.length };
  });
  const max = Math.max(...rows.map((r) => Math.max(r.total, r.m.capacity)), 1);

  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
      {rows.map(({ m, done, open, total, count }) => {
        const over = total > m.capacity;
        const selected = active === m.id;
        return (
          <li key={m.id}>
            <button
              type="button"
              data-testid="workload-row"
              data-member={m.id}
              data-over={over}
              aria-pressed={selected}
              onClick={() => onPick(selected ? 'all' : m.id)}
              style={{ width: '100%', textAlign: 'left', padding: '8px 10px', borderRadius: 12, border: `1px solid ${selected ? theme.borderStrong : 'transparent'}`, background: selected ? theme.subtle : 'transparent', color: theme.text, cursor: 'pointer', fontFamily: theme.body }}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, fontSize: 14, marginBottom: 6, flexWrap: 'wrap' }}>
                <span>
                  <strong>{m.name}</strong> <span style={{ color: theme.muted }}>· {m.role} · {count} tasks</span>
                </span>
                <span style={{ fontVariantNumeric: 'tabular-nums', color: over ? theme.danger : theme.muted, fontWeight: over ? 800 : 500 }}>
                  {total} / {m.capacity} pts{over ? ' · over capacity' : ''}
                </span>
              </div>
              <div style={{ position: 'relative', height: 12, borderRadius: 999, background: theme.subtle }}>
                <div style={{ position: 'absolute', left: 0, top: 0, bottom: 0, width: `${(done / max) * 100}%`, background: theme.success, borderRadius: '999px 0 0 999px' }} />
                <div style={{ position: 'absolute', top: 0, bottom: 0, left: `${(done / max) * 100}%`, width: `${(open / max) * 100}%`, background: over ? theme.danger : alpha(theme.primary, 0.75) }} />
                <div aria-hidden="true" title="Capacity" style={{ position: 'absolute', top: -3, bottom: -3, left: `calc(${(m.capacity / max) * 100}% - 1px)`, width: 2, background: theme.text }} />
              </div>
            </button>
          </li>
        );
      })}
      <li style={{ display: 'flex', gap: 14, flexWrap: 'wrap', fontSize: 12, color: theme.muted, padding: '0 10px' }}>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: theme.success, marginRight: 5 }} />Done</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: alpha(theme.primary, 0.75), marginRight: 5 }} />Open</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 2, height: 10, background: theme.text, marginRight: 5 }} />Capacity</span>
        <span>Click a person to filter the tasks.</span>
      </li>
    </ul>
  );
}
