import { useState } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { STATUSES, TEAM, isOverdue, shortDate } from '../data';
import type { Status, Task } from '../data';
import { statusColor } from './StatusBar';

type SortKey = 'id' | 'title' | 'assignee' | 'status' | 'priority' | 'points' | 'due';

interface TaskTableProps {
  tasks: Task[];
  current: boolean;
  status: Status | 'all';
  assignee: string;
  onStatus: (s: Status | 'all') => void;
  onAssignee: (a: string) => void;
}

const PRIORITY_ORDER = { High: 0, Medium: 1, Low: 2 };
const STATUS_ORDER: Record<Status, number> = { blocked: 0, todo: 1, progress: 2, review: 3, done: 4 };

export default function TaskTable({ tasks, current, status, assignee, onStatus, onAssignee }: TaskTableProps) {
  const narrow = useViewportWidth() < 720;
  const [query, setQuery] = useState<string>('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'status', dir: 1 });
  const name = (id: string) => TEAM.find((m) => m.id === id)?.name ?? id;

  const q = query.trim().toLowerCase();
  const rows = tasks
    .filter((t) => (status === 'all' || t.status === status) && (assignee === 'all' || t.assignee === assignee) && (!q || `${t.id} ${t.title}`.toLowerCase().includes(q)))
    .sort((a, b) => {
      const k = sort.key;
      const v =
        k === 'points' ? a.points - b.points
        : k === 'due' ? a.due.getTime() - b.due.getTime()
        : k === 'priority' ? PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]
        : k === 'status' ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
        : k === 'assignee' ? name(a.assignee).localeCompare(name(b.assignee))
        : k === 'title' ? a.title.localeCompare(b.title)
        : a.id.localeCompare(b.id, undefined, { numeric: true });
      return v * sort.dir || a.id.localeCompare(b.id, undefined, { numeric: true });
    });

  const header = (key: SortKey, label: string, align: 'left' | 'right' = 'left') => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'} style={{ textAlign: align, padding: 0, borderBottom: `1px solid ${theme.borderStrong}` }}>
      <button
        type="button"
        data-testid={`sort-${key}`}
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
        style={{ width: '100%', textAlign: align, padding: '10px 10px', border: 'none', background: 'transparent', color: sort.key === key ? theme.text : theme.muted, fontWeight: 700, fontSize: 13, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
      >
        {label} {sort.key === key ? (sort.dir === 1 ? '↑' : '↓') : ''}
      </button>
    </th>
  );
  const control = { padding: '8px 10px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 14, fontFamily: theme.body } as const;
  const cell = { padding: '10px 10px', borderBottom: `1px solid ${theme.border}`, fontSize: 14, verticalAlign: 'top' as const };

  const pill = (t: Task) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, padding: '2px 9px', borderRadius: 999, background: alpha(statusColor(t.status), 0.14), color: t.status === 'todo' ? theme.text : statusColor(t.status), fontWeight: 700, fontSize: 12, whiteSpace: 'nowrap' }}>
      <span aria-hidden="true" style={{ width: 7, height: 7, borderRadius: '50%', background: statusColor(t.status) }} />
      {STATUSES.find((s) => s.id === t.status)?.label}
    </span>
  );

  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <input type="search" aria-label="Search tasks" data-testid="task-search" placeholder="Search tasks…" value={query} onChange={(e) => setQuery(e.target.value)} style={{ ...control, flex: '1 1 200px', minWidth: 0 }} />
        <select aria-label="Status" data-testid="filter-status" value={status} onChange={(e) => onStatus(e.target.value as Status | 'all')} style={control}>
          <option value="all">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </select>
        <select aria-label="Assignee" data-testid="filter-assignee" value={assignee} onChange={(e) => onAssignee(e.target.value)} style={control}>
          <option value="all">Everyone</option>
          {TEAM.map((m) => (
            <option key={m.id} value={m.id}>{m.name}</option>
          ))}
        </select>
      </div>
      {narrow ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {rows.map((t) => (
            <li key={t.id} data-testid="task-row" style={{ padding: 12, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.background }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}>
                <span style={{ fontSize: 12, color: theme.muted, fontWeight: 700 }}>{t.id} · {t.points} pts · {t.priority}</span>
                {pill(t)}
              </div>
              <div style={{ fontWeight: 700, marginTop: 4 }}>{t.title}{t.addedDay > 0 && <span style={{ color: theme.accentOnSurface, fontSize: 12 }}> · added day {t.addedDay}</span>}</div>
              <div style={{ fontSize: 13, color: theme.muted, marginTop: 2 }}>
                {name(t.assignee)} · due {shortDate(t.due)}
                {current && isOverdue(t) && <strong style={{ color: theme.danger }}> · overdue</strong>}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {header('id', 'ID')}
                {header('title', 'Task')}
                {header('assignee', 'Assignee')}
                {header('status', 'Status')}
                {header('priority', 'Priority')}
                {header('points', 'Points', 'right')}
                {header('due', 'Due', 'right')}
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={t.id} data-testid="task-row">
                  <td style={{ ...cell, color: theme.muted, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{t.id}</td>
                  <td style={{ ...cell, fontWeight: 600 }}>
                    {t.title}
                    {t.addedDay > 0 && <span style={{ display: 'block', fontSize: 12, color: theme.accentOnSurface, fontWeight: 600 }}>Added on day {t.addedDay}</span>}
                  </td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{name(t.assignee)}</td>
                  <td style={cell}>{pill(t)}</td>
                  <td style={{ ...cell, color: t.priority === 'High' ? theme.danger : theme.text, fontWeight: t.priority === 'High' ? 700 : 400 }}>{t.priority}</td>
                  <td style={{ ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{t.points}</td>
                  <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap', color: current && isOverdue(t) ? theme.danger : theme.text, fontWeight: current && isOverdue(t) ? 700 : 400 }}>
                    {shortDate(t.due)}{current && isOverdue(t) ? ' ⚠' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length === 0 && <p data-testid="no-tasks" style={{ color: theme.muted, margin: '12px 0 0' }}>No tasks match these filters.</p>}
      <p style={{ margin: '10px 0 0', fontSize: 13, color: theme.muted }}>{rows.length} of {tasks.length} tasks · {rows.reduce((s, t) => s + t.points, 0)} points</p>
    </div>
  );
}
