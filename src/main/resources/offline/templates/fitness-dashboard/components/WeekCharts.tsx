import { theme, alpha } from '../theme';
import { formatSleep, num } from '../data';
import type { Day, Goals } from '../data';
import BarChart from './BarChart';
import Panel from './Panel';

interface WeekChartsProps {
  slots: Date[];
  dayOf: (d: Date) => Day | undefined;
  goals: Goals;
  todayIndex: number | undefined;
}

const short = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
export const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'short' });

/** Steps and sleep for the seven days of the week, side by side. */
export default function WeekCharts({ slots, dayOf, goals, todayIndex }: WeekChartsProps) {
  const sleepColors = { deep: theme.primary, rem: theme.accent, light: alpha(theme.primary, 0.4) };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(12px, 2vw, 18px)' }}>
      <Panel title="Steps" subtitle="Daily total · dashed line: your goal" flex="1 1 420px">
        <BarChart
          testId="steps-chart"
          bars={slots.map((d) => {
            const x = dayOf(d);
            return { label: short.format(d), full: longDay.format(d), segments: x ? [{ label: 'Steps', value: x.steps, color: x.steps >= goals.steps ? theme.primary : alpha(theme.primary, 0.55) }] : [] };
          })}
          goal={goals.steps}
          highlight={todayIndex}
          format={(n) => num.format(n)}
          formatAxis={(n) => (n >= 1000 ? `${n / 1000}k` : String(n))}
        />
      </Panel>
      <Panel title="Sleep" subtitle="Hours per night, by stage" flex="1 1 420px">
        <div style={{ display: 'flex', gap: 14, fontSize: 13, color: theme.muted, marginBottom: 6, flexWrap: 'wrap' }}>
          {(['deep', 'light', 'rem'] as const).map((k) => (
            <span key={k} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
              <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 3, background: sleepColors[k] }} />
              {k === 'rem' ? 'REM' : k[0].toUpperCase() + k.slice(1)}
            </span>
          ))}
        </div>
        <BarChart
          testId="sleep-chart"
          bars={slots.map((d) => {
            const x = dayOf(d);
            return {
              label: short.format(d),
              full: `Night before ${longDay.format(d)}`,
              segments: x
                ? [
                    { label: 'Deep', value: x.sleep.deep / 60, color: sleepColors.deep },
                    { label: 'Light', value: x.sleep.light / 60, color: sleepColors.light },
                    { label: 'REM', value: x.sleep.rem / 60, color: sleepColors.rem },
                  ]
                : [],
            };
          })}
          goal={goals.sleepHours}
          goalLabel={`Target ${goals.sleepHours} h`}
          highlight={todayIndex}
          format={(h) => formatSleep(h * 60)}
          formatAxis={(h) => `${h} h`}
          height={196}
        />
      </Panel>
    </div>
  );
}
