import { theme } from '../theme';
import { dateKey } from '../habits';
import { WIDE_COLUMNS } from './HabitRow';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

/** Column headings for the wide grid: the seven days, today highlighted. */
export default function DayHeader({ days, today }: { days: Date[]; today: Date }) {
  const todayKey = dateKey(today);
  return (
    <div aria-hidden="true" style={{ display: 'grid', gridTemplateColumns: WIDE_COLUMNS, gap: 8, padding: '0 15px', fontSize: 12, fontWeight: 700, color: theme.muted }}>
      <span>Habit</span>
      {days.map((d) => {
        const isToday = dateKey(d) === todayKey;
        return (
          <span key={d.getTime()} style={{ textAlign: 'center', color: isToday ? theme.primaryInk : theme.muted }}>
            {weekday.format(d)}
            <span style={{ display: 'block', fontSize: 15, color: isToday ? theme.primaryInk : theme.text }}>{d.getDate()}</span>
          </span>
        );
      })}
      <span style={{ paddingLeft: 10 }}>Streak</span>
    </div>
  );
}
