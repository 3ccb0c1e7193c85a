import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { EMPTY_VALUES, FIELD_LABELS, FIELD_ORDER, MESSAGE_MAX, TOPICS, validateAll, validateField } from '../validation';
import type { ContactErrors, ContactValues, FieldName } from '../validation';
import Field, { describedBy, inputStyle } from './Field';

interface ContactFormProps {
  onSent: (values: ContactValues, reference: string) => void;
}

function makeReference(): string {
  return `MSG-${Date.now().toString(36).toUpperCase().slice(-6)}`;
}

export default function ContactForm({ onSent }: ContactFormProps) {
  const [values, setValues] = useState<ContactValues>(EMPTY_VALUES);
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [summary, setSummary] = useState<ContactErrors | null>(null);
  const [sending, setSending] = useState<boolean>(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);

  const errorFor = (field: FieldName) => (touched[field] ? validateField(field, values) : undefined);

  const update = <K extends FieldName>(field: K, value: ContactValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (summary) {
      const remaining = validateAll(next);
      setSummary(Object.keys(remaining).length ? remaining : null);
    }
  };
  const blur = (field: FieldName) => setTouched((t) => ({ ...t, [field]: true }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = validateAll(values);
    setTouched(Object.fromEntries(FIELD_ORDER.map((f) => [f, true])));
    if (Object.keys(errors).length > 0) {
      setSummary(errors);
      // Focus the summary so screen readers announce it, and bring it into view.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSummary(null);
    setSending(true);
    // No network: the short pause only makes the hand-over feel deliberate.
    window.setTimeout(() => {
      setSending(false);
      onSent({ ...values, name: values.name.trim(), email: values.email.trim(), phone: values.phone.trim(), message: values.message.trim() }, makeReference());
    }, 600);
  };

  const messageLength = values.message.trim().length;

  return (
    <form noValidate onSubmit={submit} aria-describedby="form-intro" style={{ display: 'grid', gap: 20 }}>
      <div>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 28px)' }}>Send us a message</h2>
        <p id="form-intro" style={{ margin: '6px 0 0', color: theme.muted }}>
          Fields marked <span style={{ color: theme.danger }}>*</span> are required.
        </p>
      </div>

      {summary && (
        <div ref={summaryRef} tabIndex={-1} role="alert" data-testid="error-summary" style={{ padding: '14px 16px', borderRadius: 14, border: `2px solid ${theme.danger}`, background: alpha(theme.danger, 0.08), outline: 'none' }}>
          <p style={{ margin: 0, fontWeight: 800, color: theme.danger }}>
            Please fix {Object.keys(summary).length === 1 ? 'this problem' : `these ${Object.keys(summary).length} problems`}:
          </p>
          <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
            {FIELD_ORDER.filter((f) => summary[f]).map((f) => (
              <li key={f} style={{ marginTop: 4 }}>
                <button
                  type="button"
                  onClick={() => document.getElementById(f === 'reply' ? 'reply-email' : f)?.focus()}
                  style={{ border: 'none', background: 'none', padding: 0, color: theme.text, textDecoration: 'underline', cursor: 'pointer', fontSize: 15, textAlign: 'left', fontFamily: theme.body }}
                >
                  {FIELD_LABELS[f]}: {summary[f]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 20 }}>
        <Field id="name" label="Full name" required error={errorFor('name')}>
          <input id="name" data-testid="name" type="text" autoComplete="name" value={values.name} onChange={(e) => update('name', e.target.value)} onBlur={() => blur('name')} aria-required="true" aria-invalid={Boolean(errorFor('name'))} aria-describedby={describedBy('name', undefined, errorFor('name'))} style={inputStyle(Boolean(errorFor('name')))} />
        </Field>
        <Field id="email" label="Email address" required hint="We only use it to reply." error={errorFor('email')}>
          <input id="email" data-testid="email" type="email" autoComplete="email" inputMode="email" value={values.email} onChange={(e) => update('email', e.target.value)} onBlur={() => blur('email')} aria-required="true" aria-invalid={Boolean(errorFor('email'))} aria-describedby={describedBy('email', 'hint', errorFor('email'))} style={inputStyle(Boolean(errorFor('email')))} />
        </Field>
      </div>

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 20 }}>
        <Field id="topic" label="Topic" required error={errorFor('topic')}>
          <select id="topic" data-testid="topic" value={values.topic} onChange={(e) => update('topic', e.target.value)} onBlur={() => blur('topic')} aria-required="true" aria-invalid={Boolean(errorFor('topic'))} aria-describedby={describedBy('topic', undefined, errorFor('topic'))} style={{ ...inputStyle(Boolean(errorFor('topic'))), cursor: 'pointer' }}>
            <option value="">Choose a topic…</option>
            {TOPICS.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </Field>
        <Field id="phone" label="Phone number" required={values.reply === 'phone'} hint={values.reply === 'phone' ? 'We will call you on this number.' : 'Only if you would like a call.'} error={errorFor('phone')}>
          <input id="phone" data-testid="phone" type="tel" autoComplete="tel" inputMode="tel" value={values.phone} onChange={(e) => update('phone', e.target.value)} onBlur={() => blur('phone')} aria-required={values.reply === 'phone'} aria-invalid={Boolean(errorFor('phone'))} aria-describedby={describedBy('phone', 'hint', errorFor('phone'))} style={inputStyle(Boolean(errorFor('phone')))} />
        </Field>
      </div>

      <fieldset style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ fontWeight: 700, fontSize: 15, padding: 0, marginBottom: 8 }}>How should we reply?</legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
          {(['email', 'phone'] as const).map((option) => {
            const checked = values.reply === option;
            return (
              <label key={option} style={{ flex: '1 1 180px', display: 'flex', gap: 10, alignItems: 'center', padding: '12px 14px', borderRadius: 12, border: `2px solid ${checked ? theme.primary : theme.border}`, background: checked ? theme.tint : 'transparent', cursor: 'pointer' }}>
                <input
                  type="radio"
                  id={`reply-${option}`}
                  data-testid={`reply-${option}`}
                  name="reply"
                  value={option}
                  checked={checked}
                  onChange={() => {
                    update('reply', option);
                    if (touched.phone) blur('phone');
                  }}
                  style={{ accentColor: theme.primary, width: 18, height: 18 }}
                />
                <span>
                  <span style={{ fontWeight: 700 }}>{option === 'email' ? '✉️ By email' : '📞 Call me back'}</span>
                  <span style={{ display: 'block', fontSize: 13, color: theme.muted }}>{option === 'email' ? 'Usually within one working day' : 'Weekdays between 9:00 and 17:00'}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <Field
        id="message"
        label="Message"
        required
        error={errorFor('message')}
        aside={
          <span data-testid="counter" aria-live="polite" style={{ fontSize: 13, color: messageLength > MESSAGE_MAX ? theme.danger : theme.muted, fontVariantNumeric: 'tabular-nums' }}>
            {messageLength}/{MESSAGE_MAX}
          </span>
        }
      >
        <textarea id="message" data-testid="message" rows={6} value={values.message} onChange={(e) => update('message', e.target.value)} onBlur={() => blur('message')} aria-required="true" aria-invalid={Boolean(errorFor('message'))} aria-describedby={describedBy('message', undefined, errorFor('message'))} placeholder="Tell us what you need, with any dates or details that help." style={{ ...inputStyle(Boolean(errorFor('message'))), resize: 'vertical', minHeight: 140 }} />
      </Field>

      <div style={{ display: 'grid', gap: 6 }}>
        <label htmlFor="consent" style={{ display: 'flex', gap: 12, alignItems: 'flex-start', cursor: 'pointer' }}>
          <input id="consent" data-testid="consent" type="checkbox" checked={values.consent} onChange={(e) => { update('consent', e.target.checked); blur('consent'); }} aria-required="true" aria-invalid={Boolean(errorFor('consent'))} aria-describedby={describedBy('consent', undefined, errorFor('consent'))} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
          <span style={{ fontSize: 15 }}>
            I agree that my details are used to answer this message and are deleted after 12 months. <span aria-hidden="true" style={{ color: theme.danger }}>*</span>
          </span>
        </label>
        {errorFor('consent') && (
          <span id="consent-error" data-testid="consent-error" style={{ fontSize: 14, color: theme.danger, fontWeight: 600, paddingLeft: 32 }}>⚠ {errorFor('consent')}</span>
        )}
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <button
          type="submit"
          data-testid="submit"
          disabled={sending}
          style={{ padding: '14px 28px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: sending ? 'progress' : 'pointer', opacity: sending ? 0.75 : 1, boxShadow: theme.shadowSmall, fontFamily: theme.body }}
        >
          {sending ? 'Sending…' : 'Send message'}
        </button>
        <button
          type="button"
          onClick={() => {
            setValues(EMPTY_VALUES);
            setTouched({});
            setSummary(null);
          }}
          style={{ padding: '14px 18px', borderRadius: 12, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
        >
          Clear form
        </button>
      </div>
    </form>
  );
}
