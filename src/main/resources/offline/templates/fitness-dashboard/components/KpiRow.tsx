import { change, formatSleep, num, sleepMinutes } from '../data';
import type { Day, Goals } from '../data';
import KpiCard from './KpiCard';

interface KpiRowProps {
  days: Day[];
  prevDays: Day[];
  today: Date;
  /** today's figures when the current week is shown */
  todayData: Day | undefined;
  goals: Goals;
}

const avg = (days: Day[], f: (d: Day) => number) => (days.length ? days.reduce((s, d) => s + f(d), 0) / days.length : 0);

export default function KpiRow({ days, prevDays, today, todayData, goals }: KpiRowProps) {
  // Today is still in progress, so averages use the finished days (when there are any).
  const finished = days.filter((d) => d.date < today);
  const base = finished.length ? finished : days;
  const stepsAvg = avg(base, (d) => d.steps);
  const kcalAvg = avg(base, (d) => d.activeKcal);
  const sleepAvg = avg(days, sleepMinutes);
  const hrAvg = avg(days, (d) => d.restingHr);
  const delta = (now: number, f: (d: Day) => number) => (prevDays.length ? change(now, avg(prevDays, f)) : null);
  const steps = todayData ? todayData.steps : stepsAvg;
  const kcal = todayData ? todayData.activeKcal : kcalAvg;
  const sleep = todayData ? sleepMinutes(todayData) : sleepAvg;

  return (
    <section aria-label="Key figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: 'clamp(12px, 2vw, 18px)' }}>
      <KpiCard testId="kpi-steps" icon="👟" label={todayData ? 'Steps today' : 'Steps, daily average'} value={num.format(steps)} unit="steps" progress={steps / goals.steps} delta={delta(stepsAvg, (d) => d.steps)} sub={todayData ? `avg ${num.format(stepsAvg)}/day this week` : `goal ${num.format(goals.steps)}`} />
      <KpiCard testId="kpi-kcal" icon="🔥" label="Active calories" value={num.format(kcal)} unit={todayData ? 'kcal today' : 'kcal/day'} progress={kcal / goals.activeKcal} delta={delta(kcalAvg, (d) => d.activeKcal)} sub="vs last week’s average" />
      <KpiCard testId="kpi-sleep" icon="😴" label={todayData ? 'Sleep last night' : 'Sleep, nightly average'} value={formatSleep(sleep)} unit="" progress={sleep / (goals.sleepHours * 60)} delta={delta(sleepAvg, sleepMinutes)} sub={`target ${goals.sleepHours} h`} />
      <KpiCard testId="kpi-hr" icon="❤️" label="Resting heart rate" value={num.format(hrAvg)} unit="bpm" lowerIsBetter delta={delta(hrAvg, (d) => d.restingHr)} sub="lower usually means fitter" />
    </section>
  );
}
