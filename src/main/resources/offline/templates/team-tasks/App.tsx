import { useState } from 'react';
import { useCollection } from 'faibric/data';
import Shell, { SignedIn } from './kit/Shell';
import { Problem } from './kit/States';
import { useMe } from './team';
import type { Project, Task } from './team';
import ProjectList from './components/ProjectList';
import Board from './components/Board';
import TeamView from './components/TeamView';

type View = 'board' | 'team';

export default function App() {
  const [view, setView] = useState<View>('board');
  return (
    <Shell nav={[{ id: 'board', label: 'Board' }, { id: 'team', label: 'Team' }]} current={view} onNavigate={(id) => setView(id as View)} maxWidth={1320}>
      <SignedIn reason="This board is shared by the team. Sign up or log in to see and add tasks.">
        <Workspace view={view} />
      </SignedIn>
    </Shell>
  );
}

function Workspace({ view }: { view: View }) {
  const { me, team, error } = useMe();
  const projects = useCollection<Project>('projects', { sort: 'name', limit: 100 });
  const tasks = useCollection<Task>('tasks', { sort: 'position,createdAt', limit: 200 });
  const [projectId, setProjectId] = useState<number | null>(null);
  const project = projects.items.find((p) => p.id === projectId) ?? projects.items[0] ?? null;

  if (view === 'team') return <TeamView team={team} tasks={tasks.items} me={me} />;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'flex-start' }}>
      {error ? <div style={{ flex: '1 1 100%' }}><Problem error={error} /></div> : null}
      <div style={{ flex: '1 1 220px', maxWidth: '100%' }}>
        <ProjectList projects={projects} tasks={tasks.items} current={project} onSelect={setProjectId} />
      </div>
      <div style={{ flex: '999 1 560px', minWidth: 0, maxWidth: '100%' }}>
        <Board project={project} tasks={tasks} team={team} me={me} />
      </div>
    </div>
  );
}
