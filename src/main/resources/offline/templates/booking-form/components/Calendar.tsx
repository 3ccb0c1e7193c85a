import { theme, alpha } from '../theme';
import { isoDate, lastBookableDay, startOfToday } from '../booking';

interface CalendarProps {
  month: Date;
  selected: string | null;
  freeCount: (date: Date) => number;
  error?: string;
  onMonth: (delta: number) => void;
  onSelect: (iso: string) => void;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default function Calendar({ month, selected, freeCount, error, onMonth, onSelect }: CalendarProps) {
  const first = new Date(month.getFullYear(), month.getMonth(), 1);
  const offset = (first.getDay() + 6) % 7;
  const daysInMonth = new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate();
  const today = startOfToday();
  const last = lastBookableDay();
  const canPrev = first > new Date(today.getFullYear(), today.getMonth(), 1);
  const canNext = new Date(month.getFullYear(), month.getMonth() + 1, 1) <= last;
  const cells: (Date | null)[] = [...Array.from({ length: offset }, () => null), ...Array.from({ length: daysInMonth }, (_, i) => new Date(month.getFullYear(), month.getMonth(), i + 1))];
  while (cells.length % 7) cells.push(null);

  const arrow = (enabled: boolean) => ({ width: 38, height: 38, borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: enabled ? theme.text : alpha(theme.text, 0.3), fontSize: 18, fontWeight: 800, cursor: enabled ? 'pointer' : 'default' });

  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 10 }}>
        <button type="button" data-testid="prev-month" aria-label="Previous month" disabled={!canPrev} onClick={() => onMonth(-1)} style={arrow(canPrev)}>‹</button>
        <strong data-testid="month-label" aria-live="polite" style={{ fontSize: 17 }}>{first.toLocaleDateString(undefined, { month: 'long', year: 'numeric' })}</strong>
        <button type="button" data-testid="next-month" aria-label="Next month" disabled={!canNext} onClick={() => onMonth(1)} style={arrow(canNext)}>›</button>
      </div>
      <div role="grid" aria-label="Choose a day" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
        {WEEKDAYS.map((w) => (
          <div key={w} role="columnheader" style={{ textAlign: 'center', fontSize: 12, fontWeight: 700, color: theme.muted, padding: '4px 0' }}>{w}</div>
        ))}
        {cells.map((d, i) => {
          if (!d) return <div key={`e${i}`} />;
          const iso = isoDate(d);
          const free = d < today || d > last ? 0 : freeCount(d);
          const active = iso === selected;
          const isToday = d.getTime() === today.getTime();
          const label = `${d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}${free ? `, ${free} times free` : ', unavailable'}`;
          return (
            <button
              key={iso}
              type="button"
              role="gridcell"
              data-testid={`day-${iso}`}
              data-free={free}
              aria-label={label}
              aria-selected={active}
              disabled={free === 0}
              onClick={() => onSelect(iso)}
              style={{ aspectRatio: '1 / 1', minWidth: 0, borderRadius: 10, border: `2px solid ${active ? theme.primary : isToday ? theme.borderStrong : 'transparent'}`, background: active ? theme.primary : free ? theme.background : 'transparent', color: active ? theme.onPrimary : free ? theme.text : alpha(theme.text, 0.3), fontWeight: free ? 800 : 500, fontSize: 15, cursor: free ? 'pointer' : 'default', fontFamily: theme.body, position: 'relative', padding: 0, textDecoration: free || d < today ? 'none' : 'line-through' }}
            >
              {d.getDate()}
              {free > 0 && !active && <span aria-hidden="true" style={{ position: 'absolute', left: '50%', bottom: 5, transform: 'translateX(-50%)', width: 5, height: 5, borderRadius: '50%', background: free <= 3 ? theme.warning : theme.success }} />}
            </button>
          );
        })}
      </div>
      <div style={{ display: 'flex', gap: 14, flexWrap: 'wrap', marginTop: 10, fontSize: 12, color: theme.muted }}>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 7, height: 7, borderRadius: '50%', background: theme.success, marginRight: 5 }} />Plenty of times</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 7, height: 7, borderRadius: '50%', background: theme.warning, marginRight: 5 }} />A few left</span>
        <span>Closed on Sundays · bookable up to 8 weeks ahead</span>
      </div>
      {error && <p role="alert" style={{ margin: '8px 0 0', color: theme.danger, fontSize: 14 }}>{error}</p>}
    </div>
  );
}
