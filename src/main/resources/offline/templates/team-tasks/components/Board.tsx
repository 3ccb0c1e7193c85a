import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { button, card, field, row, sectionTitle, srOnly } from '../kit/ui';
import { Empty, FormMessage, Loading, Problem } from '../kit/States';
import type { LiveList } from '../kit/States';
import { fromLocalInput, problemText } from '../kit/format';
import { useShell } from '../kit/Shell';
import { COLUMNS, PRIORITIES, tasks as taskRows } from '../team';
import type { Member, Project, Status, Task } from '../team';
import TaskCard from './TaskCard';
import TaskDetail from './TaskDetail';

interface BoardProps {
  project: Project | null;
  tasks: LiveList<Task>;
  team: Member[];
  me: Member | null;
}

type Filter = 'all' | 'mine' | 'unassigned';

export default function Board({ project, tasks, team, me }: BoardProps) {
  const { notify } = useShell();
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<number | null>(null);

  if (!project) {
    return (
      <Empty icon="🗂️" title="No project yet" testId="no-project">
        Name your first project on the left (“Website relaunch”, “Q3 marketing”…) and add its tasks.
      </Empty>
    );
  }

  const q = query.trim().toLowerCase();
  const mine = tasks.items.filter((t) => t.project === project.id);
  const shown = mine.filter((t) => (filter === 'all' || (filter === 'mine' ? t.assignee === me?.id : t.assignee === null)) && (!q || t.title.toLowerCase().includes(q)));
  const selected = tasks.items.find((t) => t.id === open) ?? null;

  const move = async (task: Task, status: Status) => {
    try {
      const last = Math.max(0, ...tasks.items.filter((t) => t.project === task.project && t.status === status).map((t) => t.position));
      await taskRows.update(task.id, { status, position: last + 1 });
      notify(`Moved “${task.title}” to ${COLUMNS.find((c) => c.id === status)?.title}.`);
    } catch (e) {
      notify(problemText(e));
    }
  };

  return (
    <section aria-labelledby="board-title" style={{ display: 'grid', gap: 16 }}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <h2 id="board-title" data-testid="board-title" style={sectionTitle}>{project.name}</h2>
        <div style={{ ...row, gap: 6 }}>
          <div role="group" aria-label="Show" style={{ ...row, gap: 4 }}>
            {(['all', 'mine', 'unassigned'] as Filter[]).map((f) => (
              <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)} style={{ ...button(filter === f ? 'primary' : 'secondary', true), borderRadius: 999 }}>
                {f === 'all' ? 'Everyone' : f === 'mine' ? 'Assigned to me' : 'Unassigned'}
              </button>
            ))}
          </div>
          <label>
            <span style={srOnly}>Search tasks</span>
            <input type="search" placeholder="Search" value={query} onChange={(e) => setQuery(e.target.value)} style={{ ...field, padding: '6px 10px', width: 160 }} />
          </label>
        </div>
      </div>
      <NewTask project={project} team={team} me={me} tasks={tasks.items} />
      {tasks.error ? <Problem error={tasks.error} onRetry={tasks.reload} /> : tasks.loading && tasks.items.length === 0 ? <Loading label="Loading tasks…" /> : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 250px), 1fr))', gap: 14, alignItems: 'start' }}>
        {COLUMNS.map((col, i) => {
          const cards = shown.filter((t) => t.status === col.id).sort((a, b) => a.position - b.position || a.id - b.id);
          return (
            <section key={col.id} aria-label={col.title} data-testid={`column-${col.id}`} style={{ background: theme.subtle, borderRadius: 16, padding: 10, display: 'grid', gap: 8, alignContent: 'start', minHeight: 160 }}>
              <h3 style={{ margin: 0, padding: '4px 6px', fontSize: 15, display: 'flex', gap: 8, alignItems: 'center' }}>
                <span aria-hidden="true">{col.icon}</span>
                {col.title}
                <span style={{ marginLeft: 'auto', fontSize: 12, color: theme.muted, background: theme.surface, borderRadius: 999, padding: '1px 9px', border: `1px solid ${theme.border}` }}>{cards.length}</span>
              </h3>
              {cards.length === 0 && <p style={{ margin: 0, padding: '14px 8px', textAlign: 'center', fontSize: 13, color: theme.muted, border: `1px dashed ${theme.border}`, borderRadius: 12 }}>{q || filter !== 'all' ? 'No matching tasks.' : col.empty}</p>}
              {cards.map((t) => (
                <TaskCard key={t.id} task={t} team={team} prev={COLUMNS[i - 1] ?? null} next={COLUMNS[i + 1] ?? null} onMove={(s) => move(t, s)} onOpen={() => setOpen(t.id)} />
              ))}
            </section>
          );
        })}
      </div>
      {selected && <TaskDetail task={selected} team={team} me={me} onClose={() => setOpen(null)} />}
    </section>
  );
}

function NewTask({ project, team, me, tasks }: { project: Project; team: Member[]; me: Member | null; tasks: Task[] }) {
  const { notify } = useShell();
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError(new Error('Give the task a title.'));
    setBusy(true);
    setError(null);
    try {
      const position = Math.max(0, ...tasks.filter((t) => t.project === project.id && t.status === 'todo').map((t) => t.position)) + 1;
      await taskRows.create({ project: project.id, title: title.trim(), assignee: assignee ? Number(assignee) : null, dueDate: fromLocalInput(due), priority, position });
      notify(`Added “${title.trim()}”.`);
      setTitle('');
      setDue('');
      setPriority(0);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  const small = { ...field, padding: '8px 10px', width: 'auto' };
  return (
    <form onSubmit={submit} noValidate aria-label="New task" style={{ ...card, padding: 12, display: 'grid', gap: 8, background: alpha(theme.primary, theme.isDark ? 0.1 : 0.04) }}>
      <div style={{ ...row, gap: 8 }}>
        <label style={{ flex: '3 1 220px' }}>
          <span style={srOnly}>Task title</span>
          <input data-testid="task-title" value={title} maxLength={200} placeholder="What needs doing?" onChange={(e) => setTitle(e.target.value)} style={{ ...field, padding: '8px 10px' }} />
        </label>
        <label>
          <span style={srOnly}>Assignee</span>
          <select data-testid="task-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} style={small}>
            <option value="">Unassigned</option>
            {me && <option value={me.id}>Me ({me.name})</option>}
            {team.filter((m) => m.id !== me?.id).map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </select>
        </label>
        <label>
          <span style={srOnly}>Due date</span>
          <input type="date" data-testid="task-due" value={due} onChange={(e) => setDue(e.target.value)} style={small} />
        </label>
        <label>
          <span style={srOnly}>Priority</span>
          <select value={priority} onChange={(e) => setPriority(Number(e.target.value))} style={small}>
            {PRIORITIES.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="add-task" disabled={busy} style={button('primary', true, busy)}>Add task</button>
      </div>
      <FormMessage error={error} />
    </form>
  );
}
