import { theme } from '../theme';
import type { DetailErrors, Details } from '../booking';

interface DetailsFormProps {
  values: Details;
  errors: DetailErrors;
  onChange: (patch: Partial<Details>) => void;
}

export default function DetailsForm({ values, errors, onChange }: DetailsFormProps) {
  const input = (invalid: boolean) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '12px 14px', borderRadius: 12, border: `2px solid ${invalid ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body });
  const label = { display: 'block', fontWeight: 700, fontSize: 15, marginBottom: 6 } as const;
  const err = (key: keyof Details) => errors[key] && <p id={`d-${key}-error`} role="alert" style={{ margin: '6px 0 0', color: theme.danger, fontSize: 14 }}>{errors[key]}</p>;
  const text = (key: 'name' | 'email' | 'phone', title: string, type: string, auto: string) => (
    <div>
      <label htmlFor={`d-${key}`} style={label}>{title}</label>
      <input id={`d-${key}`} data-testid={`details-${key}`} type={type} autoComplete={auto} value={values[key]} onChange={(e) => onChange({ [key]: e.target.value })} aria-invalid={!!errors[key]} aria-describedby={errors[key] ? `d-${key}-error` : undefined} style={input(!!errors[key])} />
      {err(key)}
    </div>
  );
  return (
    <div style={{ display: 'grid', gap: 14, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))' }}>
      {text('name', 'Full name', 'text', 'name')}
      {text('email', 'Email', 'email', 'email')}
      {text('phone', 'Phone', 'tel', 'tel')}
      <fieldset style={{ border: 'none', padding: 0, margin: 0, minWidth: 0, gridColumn: '1 / -1', maxWidth: 520 }}>
        <legend style={{ ...label, padding: 0 }}>First visit with us?</legend>
        <div style={{ display: 'flex', gap: 8 }}>
          {(['yes', 'no'] as const).map((v) => (
            <label key={v} style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 8, padding: '11px 12px', borderRadius: 12, border: `2px solid ${values.firstVisit === v ? theme.primary : theme.border}`, background: values.firstVisit === v ? theme.tint : theme.background, cursor: 'pointer', fontWeight: 600 }}>
              <input type="radio" name="first-visit" data-testid={`first-${v}`} checked={values.firstVisit === v} onChange={() => onChange({ firstVisit: v })} style={{ accentColor: theme.primary, width: 18, height: 18, margin: 0 }} />
              {v === 'yes' ? 'Yes, first time' : 'No, I’ve been before'}
            </label>
          ))}
        </div>
      </fieldset>
      <div style={{ gridColumn: '1 / -1' }}>
        <label htmlFor="d-notes" style={label}>Anything we should know? <span style={{ fontWeight: 400, color: theme.muted }}>(optional)</span></label>
        <textarea id="d-notes" data-testid="details-notes" rows={3} value={values.notes} onChange={(e) => onChange({ notes: e.target.value })} aria-invalid={!!errors.notes} placeholder="For example: knee pain since a running injury in March." style={{ ...input(!!errors.notes), resize: 'vertical' }} />
        {err('notes')}
      </div>
      <div style={{ gridColumn: '1 / -1', display: 'grid', gap: 10 }}>
        <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', cursor: 'pointer' }}>
          <input type="checkbox" data-testid="details-reminders" checked={values.reminders} onChange={(e) => onChange({ reminders: e.target.checked })} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
          <span>Send me a text reminder the day before</span>
        </label>
        <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', cursor: 'pointer' }}>
          <input type="checkbox" data-testid="details-consent" checked={values.consent} onChange={(e) => onChange({ consent: e.target.checked })} aria-invalid={!!errors.consent} aria-describedby={errors.consent ? 'd-consent-error' : undefined} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
          <span>I accept the cancellation policy: free cancellation up to 24 hours before; later cancellations are charged at 50 %.</span>
        </label>
        {err('consent')}
      </div>
    </div>
  );
}
