import { REFERRALS, usernameProblem } from '../signup';
import type { SignupErrors, SignupValues } from '../signup';
import { theme } from '../theme';
import TextField from './TextField';

interface StepProps {
  values: SignupValues;
  errors: SignupErrors;
  onChange: <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => void;
}

export default function ProfileStep({ values, errors, onChange }: StepProps) {
  const problem = values.username ? usernameProblem(values.username) : null;
  const available = values.username.trim() !== '' && problem === null;

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: 18, minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: 4, fontFamily: theme.heading, fontSize: 22, fontWeight: 700 }}>Tell us about you</legend>
      <TextField id="fullName" label="Full name" autoComplete="name" value={values.fullName} error={errors.fullName} onValue={(v) => onChange('fullName', v)} />
      <TextField
        id="username"
        label="Username"
        autoComplete="username"
        value={values.username}
        error={errors.username}
        onValue={(v) => onChange('username', v.replace(/\s/g, ''))}
        trailing={<span aria-hidden="true" style={{ padding: '0 14px', color: available ? theme.success : theme.muted, fontWeight: 800 }}>{available ? '✓' : '@'}</span>}
        hint={
          <span data-testid="username-status" style={{ color: errors.username ? theme.muted : available ? theme.success : problem ? theme.warning : theme.muted }}>
            {errors.username ? '3–20 letters, numbers or underscores.' : available ? `@${values.username} is available.` : problem ?? '3–20 letters, numbers or underscores. Shown on your profile.'}
          </span>
        }
      />
      <div style={{ display: 'grid', gap: 6 }}>
        <label htmlFor="referral" style={{ fontWeight: 700, fontSize: 15 }}>
          How did you hear about us? <span style={{ fontWeight: 400, color: theme.muted, fontSize: 14 }}>(optional)</span>
        </label>
        <select id="referral" data-testid="referral" value={values.referral} onChange={(e) => onChange('referral', e.target.value)} style={{ padding: '12px 14px', borderRadius: 12, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body }}>
          <option value="">Prefer not to say</option>
          {REFERRALS.map((r) => (
            <option key={r} value={r}>{r}</option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
