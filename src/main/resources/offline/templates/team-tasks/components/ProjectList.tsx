import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { button, card, field, srOnly } from '../kit/ui';
import { FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { useShell } from '../kit/Shell';
import { projects as projectRows } from '../team';
import type { Project, Task } from '../team';

interface ProjectListProps {
  projects: LiveList<Project>;
  tasks: Task[];
  current: Project | null;
  onSelect: (id: number) => void;
}

/** The team's projects with their open task counts, and a new one. */
export default function ProjectList({ projects, tasks, current, onSelect }: ProjectListProps) {
  const { notify } = useShell();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(new Error('Name the project.'));
    try {
      const project = await projectRows.create({ name: name.trim() });
      setName('');
      setError(null);
      onSelect(project.id);
      notify(`Project “${project.name}” created.`);
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <nav aria-labelledby="projects-title" style={{ ...card, display: 'grid', gap: 10 }}>
      <h2 id="projects-title" style={{ margin: 0, fontSize: 16, fontFamily: theme.heading }}>Projects</h2>
      <ListState list={projects} empty={<p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>No projects yet. Start one below.</p>}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
          {projects.items.map((p) => {
            const open = tasks.filter((t) => t.project === p.id && t.status !== 'done').length;
            const active = p.id === current?.id;
            return (
              <li key={p.id}>
                <button type="button" data-testid="project" aria-current={active ? 'true' : undefined} onClick={() => onSelect(p.id)} style={{ width: '100%', display: 'flex', justifyContent: 'space-between', gap: 8, padding: '9px 12px', borderRadius: 10, border: 'none', background: active ? theme.tint : 'transparent', color: active ? theme.primaryOnSurface : theme.text, fontWeight: active ? 750 : 550, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, textAlign: 'left' }}>
                  <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{p.name}</span>
                  <span style={{ color: theme.muted, fontSize: 13 }}>{open}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </ListState>
      <form onSubmit={create} noValidate style={{ display: 'flex', gap: 6 }}>
        <label style={{ flex: 1, minWidth: 0 }}>
          <span style={srOnly}>New project name</span>
          <input data-testid="new-project" value={name} maxLength={80} placeholder="New project" onChange={(e) => setName(e.target.value)} style={{ ...field, padding: '8px 10px' }} />
        </label>
        <button type="submit" data-testid="add-project" style={button('secondary', true)}>Add</button>
      </form>
      <FormMessage error={error} />
    </nav>
  );
}
