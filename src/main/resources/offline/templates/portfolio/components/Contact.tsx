import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { EMAIL, firstName } from '../content';

type Values = { name: string; email: string; kind: string; message: string };
type Errors = Partial<Record<keyof Values, string>>;

const KINDS = ['A new product', 'A redesign', 'A design system', 'Brand identity', 'Something else'];

function validate(v: Values): Errors {
  const e: Errors = {};
  if (v.name.trim().length < 2) e.name = 'Please enter your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.email.trim())) e.email = 'Please enter a valid email address.';
  if (!v.kind) e.kind = 'Choose what you would like to work on.';
  if (v.message.trim().length < 20) e.message = `Tell me a little more (at least 20 characters, ${v.message.trim().length} so far).`;
  return e;
}

const EMPTY: Values = { name: '', email: '', kind: '', message: '' };

export default function Contact() {
  const [values, setValues] = useState<Values>(EMPTY);
  const [showErrors, setShowErrors] = useState<boolean>(false);
  const [sent, setSent] = useState<Values | null>(null);
  const errors = validate(values);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setShowErrors(true);
    const first = (Object.keys(errors) as (keyof Values)[])[0];
    if (first) {
      document.getElementById(`pf-${first}`)?.focus();
      return;
    }
    setSent(values);
    setValues(EMPTY);
    setShowErrors(false);
  };

  const field = (key: keyof Values) => ({
    id: `pf-${key}`,
    'data-testid': `pf-${key}`,
    value: values[key],
    'aria-invalid': showErrors && Boolean(errors[key]),
    'aria-describedby': showErrors && errors[key] ? `pf-${key}-error` : undefined,
    style: {
      width: '100%',
      boxSizing: 'border-box' as const,
      padding: '12px 14px',
      borderRadius: 12,
      border: `2px solid ${showErrors && errors[key] ? theme.danger : theme.border}`,
      background: theme.background,
      color: theme.text,
      fontSize: 16,
      fontFamily: theme.body,
    },
  });
  const error = (key: keyof Values) =>
    showErrors && errors[key] ? <p id={`pf-${key}-error`} style={{ margin: '6px 0 0', fontSize: 14, color: theme.danger }}>{errors[key]}</p> : null;
  const label = (key: keyof Values, text: string) => <label htmlFor={`pf-${key}`} style={{ display: 'block', fontWeight: 600, fontSize: 15, marginBottom: 6 }}>{text}</label>;

  return (
    <section id="contact" style={{ scrollMarginTop: 72, maxWidth: 1120, margin: '0 auto', padding: '0 clamp(16px, 4vw, 40px) clamp(48px, 8vw, 96px)' }}>
      <div style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 28, boxShadow: theme.shadow, padding: 'clamp(22px, 5vw, 56px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: 'clamp(24px, 5vw, 56px)' }}>
        <div>
          <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 44px)', margin: 0, lineHeight: 1.1 }}>Let’s build something good</h2>
          <p style={{ margin: '14px 0 0', color: theme.muted, fontSize: 17 }}>Tell me about your project, your timeline and what success looks like. I reply to every message within two working days.</p>
          <p style={{ margin: '22px 0 0', fontWeight: 600 }}>Prefer email?</p>
          <a href={`mailto:${EMAIL}`} style={{ color: theme.primaryOnSurface, fontWeight: 700, fontSize: 17, overflowWrap: 'anywhere' }}>{EMAIL}</a>
        </div>
        {sent ? (
          <div role="status" data-testid="pf-success" style={{ alignSelf: 'center', padding: 24, borderRadius: 18, background: alpha(theme.success, 0.1), border: `1px solid ${alpha(theme.success, 0.35)}` }}>
            <div style={{ fontSize: 36 }} aria-hidden="true">✉️</div>
            <h3 style={{ margin: '8px 0 6px', fontFamily: theme.heading, fontSize: 22 }}>Thanks, {sent.name.trim().split(' ')[0]}!</h3>
            <p style={{ margin: 0, color: theme.muted }}>
              Your note about <strong style={{ color: theme.text }}>{sent.kind.toLowerCase()}</strong> is with {firstName()}. Expect a reply at {sent.email} within two working days.
            </p>
            <button type="button" onClick={() => setSent(null)} style={{ marginTop: 16, padding: '10px 18px', borderRadius: 999, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
              Send another message
            </button>
          </div>
        ) : (
          <form noValidate onSubmit={submit} style={{ display: 'grid', gap: 16 }}>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: 16 }}>
              <div>
                {label('name', 'Name')}
                <input type="text" autoComplete="name" {...field('name')} onChange={(e) => setValues({ ...values, name: e.target.value })} />
                {error('name')}
              </div>
              <div>
                {label('email', 'Email')}
                <input type="email" autoComplete="email" {...field('email')} onChange={(e) => setValues({ ...values, email: e.target.value })} />
                {error('email')}
              </div>
            </div>
            <div>
              {label('kind', 'What are you working on?')}
              <select {...field('kind')} onChange={(e) => setValues({ ...values, kind: e.target.value })}>
                <option value="">Choose one…</option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>{k}</option>
                ))}
              </select>
              {error('kind')}
            </div>
            <div>
              {label('message', 'Message')}
              <textarea rows={5} {...field('message')} onChange={(e) => setValues({ ...values, message: e.target.value })} />
              {error('message')}
            </div>
            <button type="submit" data-testid="pf-submit" style={{ padding: '14px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
              Send message
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
