import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import Drawer from '../kit/Drawer';
import { button, field, label, row } from '../kit/ui';
import { FormMessage, ListState } from '../kit/States';
import { ago, fromLocalInput, initials, toLocalInput } from '../kit/format';
import { useShell } from '../kit/Shell';
import { COLUMNS, PRIORITIES, comments as commentRows, tasks as taskRows } from '../team';
import type { Member, Status, Task, TaskComment } from '../team';

interface TaskDetailProps {
  task: Task;
  team: Member[];
  me: Member | null;
  onClose: () => void;
}

/** A task's fields to edit and its comment thread, over the board. */
export default function TaskDetail({ task, team, me, onClose }: TaskDetailProps) {
  const { user } = useUser();
  const { notify } = useShell();
  const [title, setTitle] = useState(task.title);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);

  const save = async (values: Record<string, unknown>) => {
    try {
      await taskRows.update(task.id, values);
      setError(null);
    } catch (problem) {
      setError(problem);
    }
  };
  const remove = async () => {
    try {
      await taskRows.remove(task.id);
      notify(`Deleted “${task.title}”.`);
      onClose();
    } catch (problem) {
      setError(problem);
    }
  };
  const canDelete = user !== null && (user.admin || task.owner === user.id);
  const half = { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' };

  return (
    <Drawer label={`Task #${task.id}, added by ${task.ownerName ?? 'someone'} ${ago(task.createdAt)}`} testId="task-detail" onClose={onClose}>
      <label style={label}>
        Title
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} onBlur={() => title.trim() && title.trim() !== task.title && save({ title: title.trim() })} style={{ ...field, fontSize: 18, fontWeight: 700 }} />
      </label>
      <div style={half}>
        <label style={label}>
          Status
          <select value={task.status} onChange={(e) => save({ status: e.target.value as Status })} style={field}>
            {COLUMNS.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Assignee
          <select data-testid="detail-assignee" value={task.assignee ?? ''} onChange={(e) => save({ assignee: e.target.value ? Number(e.target.value) : null })} style={field}>
            <option value="">Unassigned</option>
            {team.map((m) => (
              <option key={m.id} value={m.id}>{m.id === me?.id ? `Me (${m.name})` : m.name}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Due date
          <input type="date" value={toLocalInput(task.dueDate).slice(0, 10)} onChange={(e) => save({ dueDate: fromLocalInput(e.target.value) })} style={field} />
        </label>
        <label style={label}>
          Priority
          <select value={task.priority} onChange={(e) => save({ priority: Number(e.target.value) })} style={field}>
            {PRIORITIES.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </label>
      </div>
      <FormMessage error={error} />
      <Comments task={task} team={team} me={me} />
      {canDelete && (
        <div style={{ ...row, borderTop: `1px solid ${theme.border}`, paddingTop: 14 }}>
          {confirm ? (
            <>
              <span role="alert">Delete this task for everyone?</span>
              <button type="button" onClick={remove} style={button('danger', true)}>Delete</button>
              <button type="button" onClick={() => setConfirm(false)} style={button('secondary', true)}>Keep</button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirm(true)} style={button('ghost', true)}>Delete task</button>
          )}
        </div>
      )}
    </Drawer>
  );
}

function Comments({ task, team, me }: { task: Task; team: Member[]; me: Member | null }) {
  const thread = useCollection<TaskComment>('taskComments', { where: { task: task.id }, sort: 'createdAt', limit: 200 });
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    if (!me) return setError(new Error('Your team profile is still being set up. Try again in a moment.'));
    setBusy(true);
    try {
      await commentRows.create({ task: task.id, author: me.id, body: body.trim() });
      setBody('');
      setError(null);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="comments-title" style={{ display: 'grid', gap: 10 }}>
      <h3 id="comments-title" style={{ margin: 0, fontSize: 16 }}>Comments {thread.total > 0 ? `(${thread.total})` : ''}</h3>
      <ListState list={thread} loadingLabel="Loading comments…" empty={<p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>No comments yet. Ask a question or share an update.</p>}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {thread.items.map((c) => {
            const author = team.find((m) => m.id === c.author)?.name ?? c.ownerName ?? 'Someone';
            return (
              <li key={c.id} data-testid="comment" style={{ display: 'flex', gap: 10 }}>
                <span aria-hidden="true" style={{ width: 30, height: 30, borderRadius: 15, flexShrink: 0, display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: 800, background: theme.tint, color: theme.primaryOnSurface }}>{initials(author)}</span>
                <div style={{ minWidth: 0 }}>
                  <div style={{ fontSize: 13 }}>
                    <strong>{author}</strong> <span style={{ color: theme.muted }}>{ago(c.createdAt)}</span>
                  </div>
                  <p style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.5 }}>{c.body}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </ListState>
      <form onSubmit={send} noValidate style={{ display: 'grid', gap: 8 }}>
        <label style={label}>
          Add a comment
          <textarea data-testid="comment-body" rows={2} value={body} maxLength={5000} onChange={(e) => setBody(e.target.value)} style={{ ...field, resize: 'vertical' }} />
        </label>
        <FormMessage error={error} />
        <div>
          <button type="submit" data-testid="send-comment" disabled={busy || !body.trim()} style={button('primary', true, busy || !body.trim())}>Comment</button>
        </div>
      </form>
    </section>
  );
}

