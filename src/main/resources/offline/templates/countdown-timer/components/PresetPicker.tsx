import { useEffect, useState } from 'react';
import type { Durations } from '../usePomodoro';
import { theme } from '../theme';

interface PresetPickerProps {
  durations: Durations;
  locked: boolean;
  onChange: (durations: Durations) => void;
  sound: boolean;
  autoStart: boolean;
  onSound: (on: boolean) => void;
  onAutoStart: (on: boolean) => void;
}

const PRESETS: { name: string; hint: string; durations: Durations }[] = [
  { name: 'Classic', hint: '25·5·15 min', durations: { focus: 25, short: 5, long: 15 } },
  { name: 'Deep work', hint: '50·10·30 min', durations: { focus: 50, short: 10, long: 30 } },
  { name: 'Quick', hint: '15·3·10 min', durations: { focus: 15, short: 3, long: 10 } },
];

const FIELDS: { key: keyof Durations; label: string }[] = [
  { key: 'focus', label: 'Focus' },
  { key: 'short', label: 'Short break' },
  { key: 'long', label: 'Long break' },
];

function validate(value: string): string | null {
  if (value.trim() === '') return 'Required';
  if (!/^\d+$/.test(value.trim())) return 'Whole minutes';
  const n = Number(value);
  if (n < 1) return 'At least 1';
  if (n > 180) return 'At most 180';
  return null;
}

export default function PresetPicker({ durations, locked, onChange, sound, autoStart, onSound, onAutoStart }: PresetPickerProps) {
  const [draft, setDraft] = useState<Record<keyof Durations, string>>({ focus: String(durations.focus), short: String(durations.short), long: String(durations.long) });

  // Keep the inputs in step when a preset is picked.
  useEffect(() => {
    setDraft({ focus: String(durations.focus), short: String(durations.short), long: String(durations.long) });
  }, [durations]);

  const update = (key: keyof Durations, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (FIELDS.every((f) => validate(next[f.key]) === null)) {
      onChange({ focus: Number(next.focus), short: Number(next.short), long: Number(next.long) });
    }
  };

  const toggle = (checked: boolean, onToggle: (on: boolean) => void, label: string, hint: string, testId: string) => (
    <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', cursor: 'pointer' }}>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onToggle(e.target.checked)} style={{ width: 18, height: 18, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
      <span>
        <span style={{ fontWeight: 600 }}>{label}</span>
        <span style={{ display: 'block', fontSize: 13, color: theme.muted }}>{hint}</span>
      </span>
    </label>
  );

  return (
    <section aria-label="Session lengths" style={{ background: theme.surface, borderRadius: theme.radius + 6, border: `1px solid ${theme.border}`, padding: 'clamp(16px, 3vw, 24px)', display: 'grid', gap: 16 }}>
      <div>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Session lengths</h2>
        <p style={{ margin: '4px 0 0', fontSize: 14, color: theme.muted }}>{locked ? 'Pause the timer to change the lengths.' : 'Pick a rhythm or set your own, in minutes.'}</p>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 8 }}>
        {PRESETS.map((p) => {
          const active = p.durations.focus === durations.focus && p.durations.short === durations.short && p.durations.long === durations.long;
          return (
            <button
              key={p.name}
              type="button"
              disabled={locked}
              aria-pressed={active}
              onClick={() => onChange(p.durations)}
              style={{ padding: '10px', borderRadius: 12, border: `2px solid ${active ? theme.primary : theme.border}`, background: active ? theme.tint : 'transparent', color: theme.text, cursor: locked ? 'not-allowed' : 'pointer', opacity: locked && !active ? 0.5 : 1, textAlign: 'left', fontFamily: theme.body }}
            >
              <span style={{ display: 'block', fontWeight: 700, fontSize: 14, whiteSpace: 'nowrap' }}>{p.name}</span>
              <span style={{ fontSize: 12, color: theme.muted, whiteSpace: 'nowrap' }}>{p.hint}</span>
            </button>
          );
        })}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 10 }}>
        {FIELDS.map((f) => {
          const error = validate(draft[f.key]);
          return (
            <div key={f.key}>
              <label htmlFor={`len-${f.key}`} style={{ display: 'block', fontSize: 13, fontWeight: 600, color: theme.muted, marginBottom: 4 }}>{f.label}</label>
              <input
                id={`len-${f.key}`}
                data-testid={`length-${f.key}`}
                type="text"
                inputMode="numeric"
                value={draft[f.key]}
                disabled={locked}
                onChange={(e) => update(f.key, e.target.value)}
                aria-invalid={error !== null}
                aria-describedby={`len-${f.key}-error`}
                style={{ width: '100%', boxSizing: 'border-box', padding: '10px 12px', borderRadius: 10, border: `2px solid ${error ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontWeight: 700, fontFamily: theme.body, opacity: locked ? 0.6 : 1 }}
              />
              <div id={`len-${f.key}-error`} role={error ? 'alert' : undefined} style={{ fontSize: 12, color: theme.danger, minHeight: 16, marginTop: 4 }}>{error ?? ''}</div>
            </div>
          );
        })}
      </div>
      <div style={{ display: 'grid', gap: 12 }}>
        {toggle(sound, onSound, 'Chime when a session ends', 'A soft three-note sound.', 'sound-toggle')}
        {toggle(autoStart, onAutoStart, 'Start the next session automatically', 'Breaks and focus sessions follow each other.', 'autostart-toggle')}
      </div>
    </section>
  );
}
