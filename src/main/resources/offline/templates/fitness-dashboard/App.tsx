import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { WEEKS, addDays, buildHistory, loadGoals, num, saveGoals, startOfDay, startOfWeek } from './data';
import type { Goals } from './data';
import KpiRow from './components/KpiRow';
import WeekCharts, { longDay } from './components/WeekCharts';
import AreaChart from './components/AreaChart';
import GoalsPanel from './components/GoalsPanel';
import WorkoutList from './components/WorkoutList';
import Panel from './components/Panel';

export default function App() {
  usePageSetup();
  const [history] = useState(() => buildHistory());
  const [goals, setGoals] = useState<Goals>(loadGoals);
  const [weekBack, setWeekBack] = useState<number>(0);
  useEffect(() => saveGoals(goals), [goals]);

  const today = startOfDay(new Date());
  const monday = addDays(startOfWeek(today), -7 * weekBack);
  const inWeek = (start: Date) => (d: { date: Date }) => d.date >= start && d.date < addDays(start, 7);
  const days = history.days.filter(inWeek(monday));
  const workouts = history.workouts.filter(inWeek(monday));
  const slots = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const dayOf = (d: Date) => days.find((x) => x.date.getTime() === d.getTime());
  const range = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const navBtn = (disabled: boolean) => ({ width: 40, height: 40, borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: disabled ? 'default' : 'pointer', opacity: disabled ? 0.4 : 1 }) as const;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1280, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 38px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <button type="button" aria-label="Previous week" data-testid="prev-week" disabled={weekBack >= WEEKS - 1} onClick={() => setWeekBack((w) => w + 1)} style={navBtn(weekBack >= WEEKS - 1)}>‹</button>
            <div style={{ textAlign: 'center', minWidth: 150 }}>
              <div data-testid="week-label" style={{ fontWeight: 800 }}>{weekBack === 0 ? 'This week' : weekBack === 1 ? 'Last week' : `${weekBack} weeks ago`}</div>
              <div style={{ fontSize: 13, color: theme.muted }}>{range.format(monday)} – {range.format(addDays(monday, 6))}</div>
            </div>
            <button type="button" aria-label="Next week" data-testid="next-week" disabled={weekBack === 0} onClick={() => setWeekBack((w) => w - 1)} style={navBtn(weekBack === 0)}>›</button>
          </div>
        </header>

        <KpiRow days={days} prevDays={history.days.filter(inWeek(addDays(monday, -7)))} today={today} todayData={weekBack === 0 ? dayOf(today) : undefined} goals={goals} />
        <WeekCharts slots={slots} dayOf={dayOf} goals={goals} todayIndex={weekBack === 0 ? (today.getDay() + 6) % 7 : undefined} />

        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(12px, 2vw, 18px)' }}>
          <Panel title="Active calories" subtitle="Burned through movement each day" flex="2 1 460px">
            <AreaChart testId="kcal-chart" points={slots.map((d) => ({ label: new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(d), full: longDay.format(d), value: dayOf(d)?.activeKcal ?? null }))} goal={goals.activeKcal} format={(n) => `${num.format(n)} kcal`} />
          </Panel>
          <Panel title="Weekly goals" subtitle={weekBack === 0 ? 'Progress so far this week' : 'How that week went'} flex="1 1 320px">
            <GoalsPanel goals={goals} days={days} workouts={workouts.length} onGoals={setGoals} />
          </Panel>
        </div>

        <Panel title="Workouts" subtitle={`${workouts.length} ${workouts.length === 1 ? 'session' : 'sessions'} · ${workouts.reduce((s, w) => s + w.minutes, 0)} min · ${num.format(workouts.reduce((s, w) => s + w.kcal, 0))} kcal`} flex="1 1 100%">
          <WorkoutList workouts={workouts} />
        </Panel>
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>Sample data for illustration. Connect a tracker or log activity to see your own numbers.</p>
      </div>
    </div>
  );
}
