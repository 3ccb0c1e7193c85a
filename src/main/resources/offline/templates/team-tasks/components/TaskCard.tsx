import { theme } from '../theme';
import { button, chip } from '../kit/ui';
import { day, initials } from '../kit/format';
import { PRIORITIES, isOverdue } from '../team';
import type { Member, Status, Task } from '../team';

interface TaskCardProps {
  task: Task;
  team: Member[];
  prev: { id: Status; title: string } | null;
  next: { id: Status; title: string } | null;
  onMove: (status: Status) => void;
  onOpen: () => void;
}

export default function TaskCard({ task, team, prev, next, onMove, onOpen }: TaskCardProps) {
  const assignee = team.find((m) => m.id === task.assignee);
  const overdue = isOverdue(task);
  const priority = PRIORITIES.find((p) => p.value === task.priority);
  return (
    <article data-testid="task" data-title={task.title} aria-label={task.title} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderLeft: `4px solid ${task.priority >= 2 ? theme.danger : task.priority === 1 ? theme.warning : theme.border}`, borderRadius: 12, padding: '10px 12px', display: 'grid', gap: 8, boxShadow: theme.shadowSmall }}>
      <button type="button" onClick={onOpen} style={{ all: 'unset', cursor: 'pointer', fontWeight: 650, fontSize: 15, lineHeight: 1.35, overflowWrap: 'anywhere', textDecoration: task.status === 'done' ? 'line-through' : 'none', color: theme.text }}>
        {task.title}
      </button>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        {task.priority > 0 && priority && <span style={chip(task.priority >= 2 ? theme.danger : theme.warning)}>{priority.label}</span>}
        {task.dueDate && <span style={chip(overdue ? theme.danger : theme.muted)}>{overdue ? 'Overdue · ' : 'Due '}{day(task.dueDate)}</span>}
        <span style={{ flex: 1 }} />
        <span title={assignee ? `Assigned to ${assignee.name}` : 'Unassigned'} aria-label={assignee ? `Assigned to ${assignee.name}` : 'Unassigned'} style={{ width: 26, height: 26, borderRadius: 13, display: 'grid', placeItems: 'center', fontSize: 11, fontWeight: 800, background: assignee ? theme.primaryGradient : theme.subtle, color: assignee ? theme.onPrimary : theme.muted }}>
          {assignee ? initials(assignee.name) : '–'}
        </span>
      </div>
      <div style={{ display: 'flex', gap: 6 }}>
        {prev && <button type="button" aria-label={`Move to ${prev.title}`} title={`Move to ${prev.title}`} onClick={() => onMove(prev.id)} style={button('secondary', true)}>←</button>}
        {next && <button type="button" data-testid="move-right" aria-label={`Move to ${next.title}`} title={`Move to ${next.title}`} onClick={() => onMove(next.id)} style={button('secondary', true)}>→</button>}
        <span style={{ flex: 1 }} />
        <button type="button" data-testid="open-task" onClick={onOpen} style={button('ghost', true)}>Details</button>
      </div>
    </article>
  );
}
