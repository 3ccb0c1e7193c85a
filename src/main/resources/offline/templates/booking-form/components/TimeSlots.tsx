import { theme, alpha } from '../theme';
import { longDate, toMinutes } from '../booking';
import type { Slot } from '../booking';

interface TimeSlotsProps {
  date: string | null;
  slots: Slot[];
  selected: string | null;
  minutes: number;
  error?: string;
  onSelect: (time: string) => void;
}

export default function TimeSlots({ date, slots, selected, minutes, error, onSelect }: TimeSlotsProps) {
  if (!date) return <p style={{ margin: 0, color: theme.muted }}>Pick a day to see the free times.</p>;
  const groups: [string, Slot[]][] = [
    ['Morning', slots.filter((s) => toMinutes(s.time) < 720)],
    ['Afternoon', slots.filter((s) => toMinutes(s.time) >= 720 && toMinutes(s.time) < 1020)],
    ['Evening', slots.filter((s) => toMinutes(s.time) >= 1020)],
  ];
  return (
    <div>
      <p style={{ margin: '0 0 10px', fontWeight: 700 }}>{longDate(date)} <span style={{ fontWeight: 400, color: theme.muted }}>· {minutes} min</span></p>
      {groups
        .filter(([, list]) => list.length)
        .map(([label, list]) => (
          <div key={label} style={{ marginBottom: 12 }}>
            <div style={{ fontSize: 12, fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.08em', color: theme.muted, marginBottom: 6 }}>{label}</div>
            <div role="radiogroup" aria-label={`${label} times`} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(76px, 1fr))', gap: 6 }}>
              {list.map((s) => {
                const active = s.time === selected;
                return (
                  <button
                    key={s.time}
                    type="button"
                    role="radio"
                    aria-checked={active}
                    aria-label={`${s.time}${s.free ? '' : s.reason === 'past' ? ', too soon' : ', taken'}`}
                    data-testid={`slot-${s.time}`}
                    data-free={s.free}
                    disabled={!s.free}
                    onClick={() => onSelect(s.time)}
                    style={{ padding: '10px 0', borderRadius: 10, border: `2px solid ${active ? theme.primary : s.free ? theme.border : 'transparent'}`, background: active ? theme.primary : s.free ? theme.background : theme.subtle, color: active ? theme.onPrimary : s.free ? theme.text : alpha(theme.text, 0.35), fontWeight: 800, fontSize: 15, cursor: s.free ? 'pointer' : 'default', fontFamily: theme.body, textDecoration: s.free ? 'none' : 'line-through', fontVariantNumeric: 'tabular-nums' }}
                  >
                    {s.time}
                  </button>
                );
              })}
            </div>
          </div>
        ))}
      {slots.every((s) => !s.free) && <p style={{ margin: 0, color: theme.muted }}>No free times on this day. Try another day or “First available”.</p>}
      {error && <p role="alert" style={{ margin: '4px 0 0', color: theme.danger, fontSize: 14 }}>{error}</p>}
    </div>
  );
}
