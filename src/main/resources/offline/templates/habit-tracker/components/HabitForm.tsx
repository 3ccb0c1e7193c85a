import { useState } from 'react';
import { theme } from '../theme';
import { ICONS, NAME_MAX, validateHabit } from '../habits';
import type { Habit } from '../habits';

interface HabitFormProps {
  initial?: Habit;
  habits: Habit[];
  onSave: (draft: { name: string; icon: string; goal: number }) => void;
  onCancel?: () => void;
}

export default function HabitForm({ initial, habits, onSave, onCancel }: HabitFormProps) {
  const [name, setName] = useState<string>(initial?.name ?? '');
  const [icon, setIcon] = useState<string>(initial?.icon ?? ICONS[0]);
  const [goal, setGoal] = useState<number>(initial?.goal ?? 7);
  const [touched, setTouched] = useState<boolean>(false);
  const error = validateHabit(name, habits, initial?.id ?? null);
  const formId = initial ? `edit-${initial.id}` : 'new-habit';

  return (
    <form
      data-testid={initial ? 'edit-form' : 'add-form'}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (error) return;
        onSave({ name: name.trim(), icon, goal });
        if (!initial) {
          setName('');
          setGoal(7);
          setIcon(ICONS[0]);
          setTouched(false);
        }
      }}
      style={{ display: 'grid', gap: 12, padding: 16, borderRadius: theme.radius, background: theme.surface, border: `1px solid ${initial ? theme.primary : theme.border}`, boxShadow: theme.shadowSmall }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 240px', minWidth: 0 }}>
          <label htmlFor={`${formId}-name`} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{initial ? 'Habit' : 'New habit'}</label>
          <input
            id={`${formId}-name`}
            data-testid="habit-name"
            value={name}
            maxLength={NAME_MAX + 10}
            placeholder="e.g. Stretch for 5 minutes"
            aria-invalid={touched && error !== null}
            aria-describedby={`${formId}-error`}
            onChange={(e) => setName(e.target.value)}
            style={{ width: '100%', boxSizing: 'border-box', padding: '10px 12px', borderRadius: 10, border: `2px solid ${touched && error ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body }}
          />
        </div>
        <div style={{ flex: '0 1 170px', minWidth: 0 }}>
          <label htmlFor={`${formId}-goal`} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Weekly goal</label>
          <select id={`${formId}-goal`} data-testid="habit-goal" value={goal} onChange={(e) => setGoal(Number(e.target.value))} style={{ width: '100%', padding: '11px 10px', borderRadius: 10, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body }}>
            {[7, 6, 5, 4, 3, 2, 1].map((g) => (
              <option key={g} value={g}>{g === 7 ? 'Every day' : `${g} days a week`}</option>
            ))}
          </select>
        </div>
      </div>
      <div role="radiogroup" aria-label="Icon" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {ICONS.map((i) => (
          <button
            key={i}
            type="button"
            role="radio"
            aria-checked={icon === i}
            aria-label={`Icon ${i}`}
            onClick={() => setIcon(i)}
            style={{ width: 38, height: 38, borderRadius: 10, border: `2px solid ${icon === i ? theme.primary : 'transparent'}`, background: icon === i ? theme.tint : theme.subtle, fontSize: 19, cursor: 'pointer', padding: 0 }}
          >
            {i}
          </button>
        ))}
      </div>
      <p id={`${formId}-error`} role={touched && error ? 'alert' : undefined} style={{ margin: 0, minHeight: 18, fontSize: 13, color: touched && error ? theme.danger : theme.muted }}>
        {touched && error ? error : 'Keep it small and specific: easier to do, easier to tick.'}
      </p>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="submit" data-testid="save-habit" style={{ padding: '10px 18px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
          {initial ? 'Save' : 'Add habit'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} style={{ padding: '10px 16px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
