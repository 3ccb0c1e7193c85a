import { PLANS, price } from '../signup';
import type { SignupErrors, SignupValues } from '../signup';
import { theme, alpha } from '../theme';

interface StepProps {
  values: SignupValues;
  errors: SignupErrors;
  onChange: <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => void;
}

export default function PlanStep({ values, errors, onChange }: StepProps) {
  return (
    <div style={{ display: 'grid', gap: 18 }}>
      <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: 14, minWidth: 0 }}>
        <legend style={{ padding: 0, marginBottom: 4, fontFamily: theme.heading, fontSize: 22, fontWeight: 700 }}>Pick a plan</legend>
        <div role="group" aria-label="Billing" style={{ display: 'inline-flex', justifySelf: 'start', padding: 4, borderRadius: 999, background: theme.subtle }}>
          {(['monthly', 'yearly'] as const).map((b) => (
            <button key={b} type="button" data-testid={`billing-${b}`} aria-pressed={values.billing === b} onClick={() => onChange('billing', b)} style={{ padding: '7px 14px', borderRadius: 999, border: 'none', background: values.billing === b ? theme.primary : 'transparent', color: values.billing === b ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
              {b === 'monthly' ? 'Monthly' : 'Yearly · 2 months free'}
            </button>
          ))}
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: 10 }}>
          {PLANS.map((p) => {
            const selected = values.plan === p.id;
            return (
              <label key={p.id} style={{ position: 'relative', display: 'grid', gap: 6, padding: 16, borderRadius: 16, border: `2px solid ${selected ? theme.primary : theme.border}`, background: selected ? theme.tint : theme.background, cursor: 'pointer' }}>
                <input type="radio" name="plan" data-testid={`plan-${p.id}`} value={p.id} checked={selected} onChange={() => onChange('plan', p.id)} style={{ position: 'absolute', top: 14, right: 14, accentColor: theme.primary, width: 18, height: 18 }} />
                <span style={{ fontWeight: 800, fontSize: 18 }}>{p.name}</span>
                <span style={{ fontWeight: 800, color: theme.primaryInk }}>{price(p, values.billing)}</span>
                <span style={{ fontSize: 13, color: theme.muted }}>{p.blurb}</span>
                <ul style={{ margin: '4px 0 0', padding: 0, listStyle: 'none', fontSize: 13, display: 'grid', gap: 2 }}>
                  {p.perks.map((perk) => (
                    <li key={perk}>✓ {perk}</li>
                  ))}
                </ul>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div style={{ display: 'grid', gap: 10 }}>
        <label style={{ display: 'flex', gap: 12, alignItems: 'flex-start', cursor: 'pointer', padding: 12, borderRadius: 12, border: `2px solid ${errors.terms ? theme.danger : 'transparent'}`, background: errors.terms ? alpha(theme.danger, 0.06) : 'transparent' }}>
          <input id="terms" data-testid="terms" type="checkbox" checked={values.terms} onChange={(e) => onChange('terms', e.target.checked)} aria-invalid={Boolean(errors.terms)} aria-describedby={errors.terms ? 'terms-error' : undefined} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
          <span>I accept the terms of service and the privacy policy. <span aria-hidden="true" style={{ color: theme.danger }}>*</span></span>
        </label>
        {errors.terms && <div id="terms-error" role="alert" data-testid="terms-error" style={{ color: theme.danger, fontWeight: 600, fontSize: 14, paddingLeft: 12 }}>⚠ {errors.terms}</div>}
        <label style={{ display: 'flex', gap: 12, alignItems: 'flex-start', cursor: 'pointer', padding: '0 12px' }}>
          <input type="checkbox" data-testid="newsletter" checked={values.newsletter} onChange={(e) => onChange('newsletter', e.target.checked)} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
          <span>Send me a short monthly email with tips and news. <span style={{ color: theme.muted }}>(optional)</span></span>
        </label>
      </div>
    </div>
  );
}
