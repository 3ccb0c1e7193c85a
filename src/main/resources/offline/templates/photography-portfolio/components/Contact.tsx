import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { CONTACT, SHOOT_TYPES } from '../content';

type Field = 'name' | 'email' | 'type' | 'date' | 'message';
type Values = Record<Field, string>;

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function validate(v: Values): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  if (v.name.trim().length < 2) e.name = 'Please tell me your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.email.trim())) e.email = 'Enter an email address like name@example.com.';
  if (!v.type) e.type = 'Choose the kind of shoot.';
  if (v.date && v.date < todayIso()) e.date = 'Pick a date from today onwards.';
  if (v.message.trim().length < 20) e.message = 'A sentence or two (20+ characters) helps me prepare.';
  return e;
}

const EMPTY: Values = { name: '', email: '', type: '', date: '', message: '' };

export default function Contact({ preset }: { preset: string }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [submitted, setSubmitted] = useState<boolean>(false);
  const [sent, setSent] = useState<Values | null>(null);
  // A package picked above fills in the kind of shoot (adjusted during render, not in an effect).
  const [presetSeen, setPresetSeen] = useState<string>('');
  if (preset && preset !== presetSeen) {
    setPresetSeen(preset);
    const type = preset.startsWith('Wedding') ? 'Wedding' : preset.startsWith('Brand') ? 'Brand or editorial' : 'Portrait session';
    setValues((v) => ({ ...v, type }));
    setSent(null);
  }

  const errors = validate(values);
  const show = (f: Field) => (submitted ? errors[f] : undefined);
  const set = (f: Field, value: string) => setValues((v) => ({ ...v, [f]: value }));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length) return;
    setSent(values);
    setValues(EMPTY);
    setSubmitted(false);
  };

  const input = (f: Field) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '12px 14px', borderRadius: 12, border: `2px solid ${show(f) ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, colorScheme: theme.isDark ? 'dark' : 'light' });
  const label = { display: 'block', fontWeight: 700, fontSize: 15, marginBottom: 6 } as const;
  const err = (f: Field) => show(f) && <p id={`c-${f}-error`} role="alert" style={{ margin: '6px 0 0', color: theme.danger, fontSize: 14 }}>{show(f)}</p>;

  return (
    <section id="contact" style={{ scrollMarginTop: 70, background: theme.surface, borderTop: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(28px, 5vw, 64px)' }}>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.18em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Contact</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1 }}>Let’s make something beautiful</h2>
          <p style={{ color: theme.muted, fontSize: 18, margin: '14px 0 0' }}>Tell me about your idea, your date and your place. I reply within two working days, usually sooner.</p>
          <address style={{ fontStyle: 'normal', display: 'grid', gap: 10, marginTop: 24, fontSize: 16 }}>
            <a href={`mailto:${CONTACT.email}`} style={{ color: theme.primaryOnSurface, fontWeight: 700, overflowWrap: 'anywhere' }}>✉️ {CONTACT.email}</a>
            <a href={`tel:${CONTACT.phone.replace(/[^+\d]/g, '')}`} style={{ color: theme.text }}>📞 {CONTACT.phone}</a>
            <span>📍 {CONTACT.base}</span>
          </address>
        </div>
        {sent ? (
          <div role="status" data-testid="contact-success" style={{ alignSelf: 'start', padding: 24, borderRadius: 16, background: alpha(theme.success, 0.1), border: `1px solid ${alpha(theme.success, 0.45)}` }}>
            <p style={{ margin: 0, fontWeight: 800, fontSize: 20, color: theme.success }}>Thank you, {sent.name.trim().split(' ')[0]}!</p>
            <p style={{ margin: '8px 0 0' }}>
              Your enquiry about a <strong>{sent.type.toLowerCase()}</strong>{sent.date ? ` on ${new Date(sent.date + 'T12:00:00').toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}` : ''} is on its way. I’ll write to {sent.email} soon.
            </p>
            <button type="button" onClick={() => setSent(null)} style={{ marginTop: 14, border: 'none', background: 'none', padding: 0, color: theme.primaryOnSurface, fontWeight: 800, cursor: 'pointer', fontSize: 15, fontFamily: theme.body }}>Send another enquiry</button>
          </div>
        ) : (
          <form onSubmit={submit} noValidate data-testid="contact-form" style={{ display: 'grid', gap: 14, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))' }}>
            <div>
              <label htmlFor="c-name" style={label}>Name</label>
              <input id="c-name" data-testid="contact-name" autoComplete="name" value={values.name} onChange={(e) => set('name', e.target.value)} aria-invalid={!!show('name')} aria-describedby={show('name') ? 'c-name-error' : undefined} style={input('name')} />
              {err('name')}
            </div>
            <div>
              <label htmlFor="c-email" style={label}>Email</label>
              <input id="c-email" data-testid="contact-email" type="email" autoComplete="email" value={values.email} onChange={(e) => set('email', e.target.value)} aria-invalid={!!show('email')} aria-describedby={show('email') ? 'c-email-error' : undefined} style={input('email')} />
              {err('email')}
            </div>
            <div>
              <label htmlFor="c-type" style={label}>Kind of shoot</label>
              <select id="c-type" data-testid="contact-type" value={values.type} onChange={(e) => set('type', e.target.value)} aria-invalid={!!show('type')} style={input('type')}>
                <option value="">Choose…</option>
                {SHOOT_TYPES.map((t) => (
                  <option key={t} value={t}>{t}</option>
                ))}
              </select>
              {err('type')}
            </div>
            <div>
              <label htmlFor="c-date" style={label}>Date <span style={{ fontWeight: 400, color: theme.muted }}>(if known)</span></label>
              <input id="c-date" data-testid="contact-date" type="date" min={todayIso()} value={values.date} onChange={(e) => set('date', e.target.value)} aria-invalid={!!show('date')} style={input('date')} />
              {err('date')}
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <label htmlFor="c-message" style={label}>Your idea</label>
              <textarea id="c-message" data-testid="contact-message" rows={5} value={values.message} onChange={(e) => set('message', e.target.value)} aria-invalid={!!show('message')} aria-describedby={show('message') ? 'c-message-error' : undefined} style={{ ...input('message'), resize: 'vertical' }} />
              {err('message')}
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <button type="submit" data-testid="contact-submit" style={{ padding: '14px 26px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>Send enquiry</button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
