import { useState } from 'react';
import { theme, alpha } from '../theme';
import { dateKey } from '../habits';
import type { Habit } from '../habits';

export const WIDE_COLUMNS = 'minmax(180px, 1fr) repeat(7, 46px) 150px';

interface HabitRowProps {
  habit: Habit;
  days: Date[];
  today: Date;
  done: Set<string>;
  streak: number;
  best: number;
  weekCount: number;
  wide: boolean;
  onToggle: (key: string) => void;
  onEdit: () => void;
  onDelete: () => void;
}

const dayLetter = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });
const dayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export default function HabitRow({ habit, days, today, done, streak, best, weekCount, wide, onToggle, onEdit, onDelete }: HabitRowProps) {
  const [confirming, setConfirming] = useState<boolean>(false);
  const todayKey = dateKey(today);
  const goalMet = weekCount >= habit.goal;

  const cells = days.map((d) => {
    const key = dateKey(d);
    const isDone = done.has(key);
    const future = d.getTime() > today.getTime();
    const isToday = key === todayKey;
    return (
      <div key={key} style={{ display: 'grid', justifyItems: 'center', gap: 4 }}>
        {!wide && <span aria-hidden="true" style={{ fontSize: 11, fontWeight: 700, color: isToday ? theme.primaryInk : theme.muted }}>{dayLetter.format(d)}</span>}
        <button
          type="button"
          data-testid={`cell-${habit.id}-${key}`}
          aria-pressed={isDone}
          aria-label={`${habit.name}, ${dayLong.format(d)}: ${isDone ? 'done' : future ? 'not yet' : 'not done'}`}
          disabled={future}
          onClick={() => onToggle(key)}
          style={{
            width: '100%',
            maxWidth: 42,
            aspectRatio: '1',
            borderRadius: 12,
            border: isDone ? 'none' : `2px ${future ? 'dashed' : 'solid'} ${isToday ? theme.primary : theme.border}`,
            background: isDone ? theme.primary : future ? 'transparent' : theme.background,
            color: theme.onPrimary,
            fontSize: 18,
            fontWeight: 800,
            cursor: future ? 'not-allowed' : 'pointer',
            opacity: future ? 0.45 : 1,
            padding: 0,
            boxShadow: isToday && !isDone ? `0 0 0 3px ${alpha(theme.primary, 0.18)}` : 'none',
            transition: 'background 120ms',
          }}
        >
          {isDone ? '✓' : ''}
        </button>
      </div>
    );
  });

  const stats = (
    <div style={{ display: 'grid', gap: 2, fontSize: 13, textAlign: wide ? 'left' : 'right' }}>
      <span data-testid={`streak-${habit.id}`} style={{ fontWeight: 800, fontSize: 15, color: streak > 0 ? theme.text : theme.muted, whiteSpace: 'nowrap' }}>
        {streak > 0 ? '🔥' : '·'} {streak} {streak === 1 ? 'day' : 'days'}
      </span>
      <span style={{ color: theme.muted }}>best {best}</span>
    </div>
  );

  const goal = (
    <span data-testid={`goal-${habit.id}`} style={{ fontSize: 12, fontWeight: 700, padding: '2px 8px', borderRadius: 999, background: goalMet ? alpha(theme.success, 0.14) : theme.subtle, color: goalMet ? theme.success : theme.muted, whiteSpace: 'nowrap' }}>
      {weekCount}/{habit.goal} this week{goalMet ? ' ✓' : ''}
    </span>
  );

  const actions = confirming ? (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', fontSize: 13 }}>
      Delete?
      <button type="button" data-testid={`confirm-delete-${habit.id}`} onClick={onDelete} style={{ padding: '4px 10px', borderRadius: 8, border: 'none', background: theme.danger, color: theme.isDark ? theme.background : theme.surface, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>Yes</button>
      <button type="button" onClick={() => setConfirming(false)} style={{ padding: '4px 10px', borderRadius: 8, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}>No</button>
    </span>
  ) : (
    <span style={{ display: 'inline-flex', gap: 2 }}>
      <button type="button" aria-label={`Edit ${habit.name}`} data-testid={`edit-${habit.id}`} onClick={onEdit} style={{ width: 30, height: 30, border: 'none', borderRadius: 8, background: 'transparent', color: theme.muted, cursor: 'pointer', fontSize: 15 }}>✎</button>
      <button type="button" aria-label={`Delete ${habit.name}`} data-testid={`delete-${habit.id}`} onClick={() => setConfirming(true)} style={{ width: 30, height: 30, border: 'none', borderRadius: 8, background: 'transparent', color: theme.muted, cursor: 'pointer', fontSize: 15 }}>🗑</button>
    </span>
  );

  const title = (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <span aria-hidden="true" style={{ width: 38, height: 38, borderRadius: 12, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 19, flexShrink: 0 }}>{habit.icon}</span>
      <div style={{ minWidth: 0 }}>
        <div style={{ fontWeight: 700, fontSize: 15, overflowWrap: 'anywhere' }}>{habit.name}</div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
          {goal}
          {actions}
        </div>
      </div>
    </div>
  );

  if (wide) {
    return (
      <div data-testid={`habit-${habit.id}`} style={{ display: 'grid', gridTemplateColumns: WIDE_COLUMNS, alignItems: 'center', gap: 8, padding: '10px 14px', borderRadius: theme.radius, background: theme.surface, border: `1px solid ${theme.border}` }}>
        {title}
        {cells}
        <div style={{ paddingLeft: 10 }}>{stats}</div>
      </div>
    );
  }
  return (
    <div data-testid={`habit-${habit.id}`} style={{ display: 'grid', gap: 12, padding: 14, borderRadius: theme.radius, background: theme.surface, border: `1px solid ${theme.border}` }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 10 }}>
        {title}
        {stats}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 6 }}>{cells}</div>
    </div>
  );
}
