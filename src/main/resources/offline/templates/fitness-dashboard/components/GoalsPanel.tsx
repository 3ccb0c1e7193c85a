import { useState } from 'react';
import { theme } from '../theme';
import { num, sleepMinutes } from '../data';
import type { Day, Goals } from '../data';

interface GoalsPanelProps {
  goals: Goals;
  days: Day[];
  workouts: number;
  onGoals: (g: Goals) => void;
}

const LIMITS: Record<keyof Goals, [number, number, string]> = {
  steps: [1000, 50000, 'Daily steps'],
  sleepHours: [4, 12, 'Sleep per night (hours)'],
  activeKcal: [50, 3000, 'Active calories per day'],
  workouts: [1, 14, 'Workouts per week'],
};

export default function GoalsPanel({ goals, days, workouts, onGoals }: GoalsPanelProps) {
  const [editing, setEditing] = useState<boolean>(false);
  const [draft, setDraft] = useState<Record<keyof Goals, string>>({ steps: '', sleepHours: '', activeKcal: '', workouts: '' });
  const [error, setError] = useState<string | null>(null);

  const stepsTotal = days.reduce((s, d) => s + d.steps, 0);
  const rows = [
    { id: 'steps', icon: '👟', label: 'Steps this week', done: stepsTotal, target: goals.steps * 7, text: `${num.format(stepsTotal)} of ${num.format(goals.steps * 7)}` },
    { id: 'sleep', icon: '😴', label: `Nights with ${goals.sleepHours} h+ sleep`, done: days.filter((d) => sleepMinutes(d) >= goals.sleepHours * 60).length, target: 7, text: '' },
    { id: 'kcal', icon: '🔥', label: `Days with ${num.format(goals.activeKcal)}+ active kcal`, done: days.filter((d) => d.activeKcal >= goals.activeKcal).length, target: 7, text: '' },
    { id: 'workouts', icon: '🏋️', label: 'Workouts', done: workouts, target: goals.workouts, text: '' },
  ];

  const startEdit = () => {
    setDraft({ steps: String(goals.steps), sleepHours: String(goals.sleepHours), activeKcal: String(goals.activeKcal), workouts: String(goals.workouts) });
    setError(null);
    setEditing(true);
  };
  const save = () => {
    const next = { ...goals };
    for (const key of Object.keys(LIMITS) as (keyof Goals)[]) {
      const [min, max, label] = LIMITS[key];
      const v = Number(draft[key].replace(',', '.'));
      if (draft[key].trim() === '' || !Number.isFinite(v) || v < min || v > max) {
        setError(`${label}: between ${num.format(min)} and ${num.format(max)}.`);
        return;
      }
      next[key] = key === 'sleepHours' ? Math.round(v * 4) / 4 : Math.round(v);
    }
    onGoals(next);
    setEditing(false);
  };

  return (
    <div style={{ display: 'grid', gap: 14 }}>
      {rows.map((r) => {
        const pct = r.target ? Math.min(1, r.done / r.target) : 0;
        return (
          <div key={r.id} data-testid={`goal-${r.id}`}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, fontSize: 14, marginBottom: 6 }}>
              <span style={{ fontWeight: 600 }}><span aria-hidden="true">{r.icon}</span> {r.label}</span>
              <span style={{ color: pct >= 1 ? theme.success : theme.muted, fontWeight: 700, whiteSpace: 'nowrap' }}>{r.text || `${r.done} of ${r.target}`}{pct >= 1 ? ' ✓' : ''}</span>
            </div>
            <div role="progressbar" aria-label={r.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct * 100)} style={{ height: 10, borderRadius: 5, background: theme.border, overflow: 'hidden' }}>
              <div style={{ width: `${pct * 100}%`, height: '100%', borderRadius: 5, background: pct >= 1 ? theme.success : theme.primary, transition: 'width 300ms' }} />
            </div>
          </div>
        );
      })}
      {editing ? (
        <form
          data-testid="goals-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          style={{ display: 'grid', gap: 10, padding: 14, borderRadius: 14, background: theme.subtle, border: `1px solid ${theme.border}` }}
        >
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: 10 }}>
            {(Object.keys(LIMITS) as (keyof Goals)[]).map((key) => (
              <label key={key} style={{ display: 'grid', gap: 4, fontSize: 13, fontWeight: 600 }}>
                {LIMITS[key][2]}
                <input data-testid={`goal-input-${key}`} inputMode="decimal" value={draft[key]} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} style={{ padding: '9px 10px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, fontFamily: theme.body, minWidth: 0 }} />
              </label>
            ))}
          </div>
          {error && <p role="alert" style={{ margin: 0, color: theme.danger, fontSize: 13 }}>{error}</p>}
          <div style={{ display: 'flex', gap: 8 }}>
            <button type="submit" data-testid="save-goals" style={{ padding: '9px 16px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>Save targets</button>
            <button type="button" onClick={() => setEditing(false)} style={{ padding: '9px 14px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" data-testid="edit-goals" onClick={startEdit} style={{ justifySelf: 'start', padding: '8px 14px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
          ✎ Edit targets
        </button>
      )}
    </div>
  );
}
