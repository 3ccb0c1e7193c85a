import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { INITIAL, STEPS, validateStep } from './signup';
import type { SignupErrors, SignupValues } from './signup';
import StepIndicator from './components/StepIndicator';
import AccountStep from './components/AccountStep';
import ProfileStep from './components/ProfileStep';
import PlanStep from './components/PlanStep';
import Welcome from './components/Welcome';

export default function App() {
  usePageSetup();
  const [values, setValues] = useState<SignupValues>(INITIAL);
  const [step, setStep] = useState<number>(0);
  const [errors, setErrors] = useState<SignupErrors>({});
  const [done, setDone] = useState<boolean>(false);

  const change = <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const next = () => {
    const found = validateStep(step, values);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      requestAnimationFrame(() => document.getElementById(first)?.focus());
      return;
    }
    if (step === STEPS.length - 1) setDone(true);
    else setStep(step + 1);
  };

  const props = { values, errors, onChange: change };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 56px)', boxSizing: 'border-box', lineHeight: 1.5 }}>
      <div style={{ maxWidth: 620, margin: '0 auto', display: 'grid', gap: 22, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ textAlign: 'center' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        <main style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, boxShadow: theme.shadow, padding: 'clamp(18px, 4vw, 40px)', display: 'grid', gap: 24 }}>
          {done ? (
            <Welcome values={values} onRestart={() => { setValues(INITIAL); setStep(0); setDone(false); }} />
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                next();
              }}
              style={{ display: 'grid', gap: 24 }}
            >
              <StepIndicator step={step} onJump={(i) => i < step && setStep(i)} />
              {step === 0 && <AccountStep {...props} />}
              {step === 1 && <ProfileStep {...props} />}
              {step === 2 && <PlanStep {...props} />}
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap-reverse' }}>
                {step > 0 ? (
                  <button type="button" data-testid="back" onClick={() => setStep(step - 1)} style={{ padding: '13px 22px', borderRadius: 12, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
                    ← Back
                  </button>
                ) : (
                  <span />
                )}
                <button type="submit" data-testid="continue" style={{ padding: '13px 28px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
                  {step === STEPS.length - 1 ? 'Create account' : 'Continue →'}
                </button>
              </div>
            </form>
          )}
        </main>
        {!done && <p style={{ margin: 0, textAlign: 'center', color: theme.muted, fontSize: 14 }}>🔒 Your details stay in this browser: nothing is sent anywhere in this demo.</p>}
      </div>
    </div>
  );
}
