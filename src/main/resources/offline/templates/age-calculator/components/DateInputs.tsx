import { theme } from '../theme';
import { today, toIso } from '../age';

interface DateInputsProps {
  birth: string;
  on: string;
  birthError: string | null;
  onError: string | null;
  onBirth: (value: string) => void;
  onOn: (value: string) => void;
  onToday: () => void;
}

const EXAMPLES: { label: string; date: string }[] = [
  { label: 'Leap-day baby', date: '2000-02-29' },
  { label: 'Born 1 Jan 1990', date: '1990-01-01' },
  { label: 'Moon landing', date: '1969-07-20' },
];

export default function DateInputs({ birth, on, birthError, onError, onBirth, onOn, onToday }: DateInputsProps) {
  // "Enter a date of birth" is guidance while the field is empty, not an error.
  const birthInvalid = birthError !== null && birth.trim() !== '';
  const isToday = on === toIso(today());

  const input = (invalid: boolean) => ({
    width: '100%',
    boxSizing: 'border-box' as const,
    padding: '12px 14px',
    borderRadius: theme.radius,
    border: `2px solid ${invalid ? theme.danger : theme.border}`,
    background: theme.background,
    color: theme.text,
    fontSize: 18,
    fontWeight: 600,
    fontFamily: theme.body,
    colorScheme: theme.isDark ? 'dark' : 'light',
    minHeight: 50,
  });
  const label = { display: 'block', fontWeight: 700, marginBottom: 8, fontSize: 15 } as const;

  return (
    <section aria-label="Dates" style={{ background: theme.surface, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', border: `1px solid ${theme.border}`, boxShadow: theme.shadow, display: 'grid', gap: 22, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div>
        <label htmlFor="birth" style={label}>Date of birth</label>
        <input
          id="birth"
          data-testid="birth-input"
          type="date"
          min="1900-01-01"
          max={on || undefined}
          value={birth}
          onChange={(e) => onBirth(e.target.value)}
          aria-invalid={birthInvalid}
          aria-describedby="birth-help"
          style={input(birthInvalid)}
        />
        <p id="birth-help" role={birthInvalid ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 14, minHeight: 20, color: birthInvalid ? theme.danger : theme.muted }}>
          {birthInvalid ? birthError : 'Day, month and year you were born.'}
        </p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 10 }}>
          <span style={{ fontSize: 13, color: theme.muted, alignSelf: 'center' }}>Try:</span>
          {EXAMPLES.map((ex) => (
            <button
              key={ex.date}
              type="button"
              onClick={() => onBirth(ex.date)}
              style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${theme.border}`, background: birth === ex.date ? theme.tint : 'transparent', color: theme.text, fontSize: 13, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}
            >
              {ex.label}
            </button>
          ))}
        </div>
      </div>
      <div>
        <label htmlFor="on" style={label}>Age on</label>
        <div style={{ display: 'flex', gap: 8 }}>
          <input
            id="on"
            data-testid="on-input"
            type="date"
            value={on}
            onChange={(e) => onOn(e.target.value)}
            aria-invalid={onError !== null}
            aria-describedby="on-help"
            style={{ ...input(onError !== null), flex: 1, minWidth: 0 }}
          />
          <button
            type="button"
            data-testid="today-button"
            onClick={onToday}
            disabled={isToday}
            style={{ padding: '0 16px', borderRadius: theme.radius, border: `2px solid ${isToday ? theme.border : theme.primary}`, background: isToday ? 'transparent' : theme.primary, color: isToday ? theme.muted : theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: isToday ? 'default' : 'pointer', fontFamily: theme.body, flexShrink: 0 }}
          >
            Today
          </button>
        </div>
        <p id="on-help" role={onError ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 14, minHeight: 20, color: onError ? theme.danger : theme.muted }}>
          {onError ?? (isToday ? 'Measuring to today. Pick another date to see an age in the past or future.' : 'Measuring to the date above.')}
        </p>
      </div>
    </section>
  );
}
