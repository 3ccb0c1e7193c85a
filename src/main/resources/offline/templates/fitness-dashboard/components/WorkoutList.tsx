import { theme } from '../theme';
import { WORKOUT_ICONS, num } from '../data';
import type { Workout } from '../data';

export default function WorkoutList({ workouts }: { workouts: Workout[] }) {
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  if (workouts.length === 0) return <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>No workouts logged this week yet.</p>;
  return (
    <ul data-testid="workouts" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
      {[...workouts].reverse().map((w) => (
        <li key={`${w.date.getTime()}-${w.type}`} style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '10px 12px', borderRadius: 12, background: theme.subtle }}>
          <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: 10, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 19, flexShrink: 0 }}>{WORKOUT_ICONS[w.type]}</span>
          <span style={{ flex: 1, minWidth: 0 }}>
            <span style={{ display: 'block', fontWeight: 700 }}>{w.type}{w.km !== null ? ` · ${w.km.toFixed(1)} km` : ''}</span>
            <span style={{ display: 'block', fontSize: 13, color: theme.muted }}>{day.format(w.date)} · {w.minutes} min</span>
          </span>
          <span style={{ fontWeight: 700, fontSize: 14, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{num.format(w.kcal)} kcal</span>
        </li>
      ))}
    </ul>
  );
}
