import { useState } from 'react';
import type { ReactNode } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { buildSprints, milestones, shortDate } from './data';
import type { Status } from './data';
import KpiCards from './components/KpiCards';
import StatusBar from './components/StatusBar';
import Burndown from './components/Burndown';
import Workload from './components/Workload';
import Milestones from './components/Milestones';
import TaskTable from './components/TaskTable';

export default function App() {
  usePageSetup();
  const [sprints] = useState(() => buildSprints());
  const [index, setIndex] = useState<number>(0);
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [assignee, setAssignee] = useState<string>('all');
  const sprint = sprints[index];

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1280, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 38px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
          </div>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14, color: theme.muted, maxWidth: '100%', minWidth: 0 }}>
            Sprint
            <select
              data-testid="sprint-select"
              value={index}
              onChange={(e) => {
                setIndex(Number(e.target.value));
                setStatus('all');
                setAssignee('all');
              }}
              style={{ padding: '9px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, fontWeight: 700, fontFamily: theme.body, minWidth: 0, maxWidth: '100%', flex: '1 1 auto' }}
            >
              {sprints.map((s, i) => (
                <option key={s.number} value={i}>{s.name}{s.current ? ' (current)' : ''} · {shortDate(s.days[0])}–{shortDate(s.days[9])}</option>
              ))}
            </select>
          </label>
        </header>
        <p data-testid="sprint-goal" style={{ margin: 0, padding: '10px 14px', borderRadius: 12, background: theme.tint, fontSize: 15 }}>
          🎯 <strong>Goal:</strong> {sprint.goal}
        </p>
        <KpiCards sprint={sprint} sprints={sprints} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(14px, 2vw, 22px)' }}>
          <Panel title="Burndown" subtitle={sprint.current ? `Story points left · day ${sprint.elapsed} of 10` : 'Story points left · closed sprint'} flex="2 1 520px">
            <Burndown sprint={sprint} />
          </Panel>
          <Panel title="Tasks by status" subtitle="Click a status to filter the table" flex="1 1 280px">
            <StatusBar tasks={sprint.tasks} active={status} onPick={setStatus} />
          </Panel>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(14px, 2vw, 22px)' }}>
          <Panel title="Team workload" subtitle="Points assigned this sprint against capacity" flex="2 1 520px">
            <Workload tasks={sprint.tasks} active={assignee} onPick={setAssignee} />
          </Panel>
          <Panel title="Milestones" subtitle="Website relaunch" flex="1 1 280px">
            <Milestones items={milestones(sprints)} />
          </Panel>
        </div>
        <Panel title="Tasks" subtitle={`${sprint.name} · ${sprint.tasks.length} tasks`} flex="1 1 100%">
          <TaskTable tasks={sprint.tasks} current={sprint.current} status={status} assignee={assignee} onStatus={setStatus} onAssignee={setAssignee} />
        </Panel>
      </div>
    </div>
  );
}

function Panel({ title, subtitle, flex, children }: { title: string; subtitle: string; flex: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ flex, minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>{title}</h2>
      <p style={{ margin: '2px 0 14px', fontSize: 13, color: theme.muted }}>{subtitle}</p>
      {children}
    </section>
  );
}
