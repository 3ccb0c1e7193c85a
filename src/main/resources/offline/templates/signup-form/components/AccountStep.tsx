import { useState } from 'react';
import { passwordStrength } from '../signup';
import type { SignupErrors, SignupValues } from '../signup';
import { theme } from '../theme';
import TextField from './TextField';

interface StepProps {
  values: SignupValues;
  errors: SignupErrors;
  onChange: <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => void;
}

export default function AccountStep({ values, errors, onChange }: StepProps) {
  const [show, setShow] = useState<boolean>(false);
  const strength = passwordStrength(values.password);
  const meterColor = [theme.border, theme.danger, theme.warning, theme.success, theme.success][strength.score];

  const toggle = (
    <button type="button" data-testid="toggle-password" onClick={() => setShow((s) => !s)} aria-label={show ? 'Hide password' : 'Show password'} aria-pressed={show} style={{ border: 'none', background: 'transparent', color: theme.primaryInk, fontWeight: 700, padding: '0 14px', cursor: 'pointer', fontSize: 14, alignSelf: 'stretch', fontFamily: theme.body }}>
      {show ? 'Hide' : 'Show'}
    </button>
  );

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: 18, minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: 4, fontFamily: theme.heading, fontSize: 22, fontWeight: 700 }}>Create your login</legend>
      <TextField id="email" label="Email address" type="email" autoComplete="email" value={values.email} error={errors.email} onValue={(v) => onChange('email', v)} placeholder="you@example.com" />
      <TextField
        id="password"
        label="Password"
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        value={values.password}
        error={errors.password}
        trailing={toggle}
        onValue={(v) => onChange('password', v)}
        hint={
          <div style={{ display: 'grid', gap: 8 }}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
              <div aria-hidden="true" style={{ flex: 1, display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 4 }}>
                {[1, 2, 3, 4].map((n) => (
                  <span key={n} style={{ height: 6, borderRadius: 3, background: strength.score >= n ? meterColor : theme.border, transition: 'background 200ms' }} />
                ))}
              </div>
              <span data-testid="strength" style={{ fontWeight: 700, color: values.password ? meterColor : theme.muted, minWidth: 56, textAlign: 'right' }}>{values.password ? strength.label : ''}</span>
            </div>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: '2px 12px' }}>
              {strength.checks.map((c) => (
                <li key={c.label} style={{ color: c.ok ? theme.success : theme.muted }}>
                  <span aria-hidden="true">{c.ok ? '✓' : '○'}</span> {c.label}
                  <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{c.ok ? ' (done)' : ' (missing)'}</span>
                </li>
              ))}
            </ul>
          </div>
        }
      />
      <TextField id="confirm" label="Confirm password" type={show ? 'text' : 'password'} autoComplete="new-password" value={values.confirm} error={errors.confirm} onValue={(v) => onChange('confirm', v)} hint={values.confirm && values.confirm === values.password ? '✓ Passwords match' : undefined} />
    </fieldset>
  );
}
