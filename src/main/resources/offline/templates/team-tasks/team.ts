import { useEffect, useState } from 'react';
import { collection, useCollection, useUser } from 'faibric/data';
import type { Row } from 'faibric/data';

// The team's shared data (every signed-in member sees and edits it): members, projects,
// tasks with an assignee, status, priority and due date, and comments on tasks.

export interface Member extends Row {
  name: string;
  email: string;
}

export interface Project extends Row {
  name: string;
  description: string | null;
}

export type Status = 'todo' | 'doing' | 'done';

export interface Task extends Row {
  project: number;
  assignee: number | null;
  title: string;
  status: Status;
  priority: number;
  dueDate: string | null;
  position: number;
}

export interface TaskComment extends Row {
  task: number;
  author: number;
  body: string;
}

export const members = collection<Member>('members');
export const projects = collection<Project>('projects');
export const tasks = collection<Task>('tasks');
export const comments = collection<TaskComment>('taskComments');

export const COLUMNS: { id: Status; title: string; icon: string; empty: string }[] = [
  { id: 'todo', title: 'To do', icon: '📝', empty: 'Nothing waiting. Add a task.' },
  { id: 'doing', title: 'In progress', icon: '⚙️', empty: 'Move a task here when someone starts on it.' },
  { id: 'done', title: 'Done', icon: '✅', empty: 'Finished work lands here.' },
];

export const PRIORITIES: { value: number; label: string }[] = [
  { value: 0, label: 'Normal' },
  { value: 1, label: 'High' },
  { value: 2, label: 'Urgent' },
];

export function isOverdue(task: Task): boolean {
  if (!task.dueDate || task.status === 'done') return false;
  const end = new Date(task.dueDate);
  end.setHours(23, 59, 59, 999);
  return end.getTime() < Date.now();
}

/**
 * The signed-in person's member profile, made on first visit from their account, so tasks can
 * be assigned to them and their comments carry their name.
 */
export function useMe(): { me: Member | null; team: Member[]; error: unknown } {
  const { user } = useUser();
  const team = useCollection<Member>('members', { sort: 'name', limit: 200 });
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState<Member | null>(null);
  const [creating, setCreating] = useState(false);
  const found = user ? (team.items.find((m) => m.owner === user.id) ?? null) : null;
  const me = found ?? (made && user && made.owner === user.id ? made : null);

  useEffect(() => {
    if (!user || me || creating || team.loading || team.error) return;
    setCreating(true);
    members
      .create({ name: user.name || user.email.split('@')[0], email: user.email })
      .then(setMade, setError)
      .finally(() => setCreating(false));
  }, [user, me, creating, team.loading, team.error]);

  return { me, team: team.items, error: error ?? team.error };
}
