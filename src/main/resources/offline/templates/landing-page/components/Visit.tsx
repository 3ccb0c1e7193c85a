import { useState } from 'react';
import type { FormEvent } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';
import { CONTACT, DAY_NAMES, HOURS, formatTime } from '../content';

type Field = 'name' | 'email' | 'message';

function validate(values: Record<Field, string>): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (values.name.trim().length < 2) errors.name = 'Please tell us your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(values.email.trim())) errors.email = 'Enter an email address like name@example.com.';
  if (values.message.trim().length < 10) errors.message = 'Write at least 10 characters so we can help.';
  return errors;
}

const ORDER = [1, 2, 3, 4, 5, 6, 0];

function MapIllustration() {
  return (
    <svg viewBox="0 0 320 180" width="100%" role="img" aria-label={`Map showing ${config.title} at ${CONTACT.street}`} style={{ display: 'block', borderRadius: 14, background: alpha(theme.primary, 0.08) }}>
      <g stroke={alpha(theme.text, 0.12)} strokeWidth="10" strokeLinecap="round">
        <path d="M-10 60 H330" />
        <path d="M-10 130 H330" />
        <path d="M90 -10 V190" />
        <path d="M230 -10 V190" />
      </g>
      <path d="M-10 175 C 80 150, 160 190, 330 150" stroke={alpha(theme.accent, 0.55)} strokeWidth="14" fill="none" />
      <rect x="110" y="78" width="48" height="34" rx="6" fill={alpha(theme.text, 0.08)} />
      <rect x="250" y="76" width="52" height="38" rx="6" fill={alpha(theme.text, 0.08)} />
      <rect x="14" y="78" width="56" height="34" rx="6" fill={alpha(theme.text, 0.08)} />
      <g transform="translate(180 40)">
        <path d="M0 36 C -16 18, -18 10, -18 4 A18 18 0 0 1 18 4 C 18 10, 16 18, 0 36 Z" fill={theme.primary} />
        <circle cx="0" cy="4" r="7" fill={theme.onPrimary} />
      </g>
    </svg>
  );
}

export default function Visit() {
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', message: '' });
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = validate(values);
  const today = new Date().getDay();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setTouched({ name: true, email: true, message: true });
    if (Object.keys(errors).length > 0) return;
    setSentTo(values.name.trim().split(' ')[0]);
    setValues({ name: '', email: '', message: '' });
    setTouched({});
  };

  const card = { background: theme.surface, borderRadius: 20, border: `1px solid ${theme.border}`, padding: 'clamp(20px, 3vw, 30px)', boxShadow: theme.shadowSmall } as const;
  const input = (field: Field) => ({
    width: '100%',
    boxSizing: 'border-box' as const,
    padding: '12px 14px',
    borderRadius: 12,
    border: `2px solid ${touched[field] && errors[field] ? theme.danger : theme.border}`,
    background: theme.background,
    color: theme.text,
    fontSize: 16,
    fontFamily: theme.body,
  });
  const fieldError = (field: Field) =>
    touched[field] && errors[field] ? (
      <p id={`${field}-error`} style={{ margin: '6px 0 0', color: theme.danger, fontSize: 14 }}>{errors[field]}</p>
    ) : null;

  return (
    <section id="visit" style={{ scrollMarginTop: 72, maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ maxWidth: 640, marginBottom: 'clamp(28px, 4vw, 48px)' }}>
        <p style={{ margin: 0, fontSize: 14, fontWeight: 700, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>Visit us</p>
        <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>Come and say hello</h2>
        <p style={{ color: theme.muted, fontSize: 18, margin: '14px 0 0' }}>You will find {config.title} in the heart of the Old Town, two minutes from the tram stop.</p>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: 'clamp(14px, 2vw, 22px)', alignItems: 'start' }}>
        <div style={card}>
          <h3 style={{ fontFamily: theme.heading, fontSize: 22, margin: '0 0 14px' }}>Opening hours</h3>
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 15 }}>
            <tbody>
              {ORDER.map((day) => {
                const hours = HOURS[day];
                const isToday = day === today;
                return (
                  <tr key={day} data-testid={isToday ? 'today-row' : undefined} style={{ background: isToday ? theme.tint : 'transparent', fontWeight: isToday ? 700 : 400 }}>
                    <th scope="row" style={{ textAlign: 'left', padding: '9px 8px', fontWeight: 'inherit', borderRadius: '10px 0 0 10px' }}>
                      {DAY_NAMES[day]}
                      {isToday && <span style={{ display: 'block', fontSize: 12, lineHeight: 1.2, color: theme.primaryOnSurface }}>Today</span>}
                    </th>
                    <td style={{ textAlign: 'right', padding: '9px 8px', color: hours ? theme.text : theme.muted, borderRadius: '0 10px 10px 0', whiteSpace: 'nowrap' }}>
                      {hours ? `${formatTime(hours.open)} – ${formatTime(hours.close)}` : 'Closed'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p style={{ margin: '14px 0 0', fontSize: 14, color: theme.muted }}>Public holidays: Sunday hours.</p>
        </div>

        <div style={card}>
          <h3 style={{ fontFamily: theme.heading, fontSize: 22, margin: '0 0 14px' }}>Find us</h3>
          <MapIllustration />
          <address style={{ fontStyle: 'normal', marginTop: 16, display: 'grid', gap: 8, fontSize: 16 }}>
            <span>📍 {CONTACT.street}, {CONTACT.city}</span>
            <a href={`tel:${CONTACT.phone.replace(/[^+\d]/g, '')}`} style={{ color: theme.text }}>📞 {CONTACT.phone}</a>
            <a href={`mailto:${CONTACT.email}`} style={{ color: theme.primaryOnSurface, overflowWrap: 'anywhere' }}>✉️ {CONTACT.email}</a>
          </address>
        </div>

        <div id="contact" style={{ ...card, scrollMarginTop: 72 }}>
          <h3 style={{ fontFamily: theme.heading, fontSize: 22, margin: '0 0 6px' }}>Send us a message</h3>
          <p style={{ margin: '0 0 16px', color: theme.muted, fontSize: 15 }}>Questions, bookings or feedback: we reply within one working day.</p>
          {sentTo !== null ? (
            <div role="status" data-testid="contact-success" style={{ padding: 18, borderRadius: 14, background: alpha(theme.success, 0.12), border: `1px solid ${alpha(theme.success, 0.4)}` }}>
              <p style={{ margin: 0, fontWeight: 700, color: theme.success }}>Thanks, {sentTo}! Your message is on its way.</p>
              <p style={{ margin: '6px 0 12px', fontSize: 15 }}>We will get back to you within one working day.</p>
              <button type="button" onClick={() => setSentTo(null)} style={{ border: 'none', background: 'none', color: theme.primaryOnSurface, fontWeight: 700, cursor: 'pointer', padding: 0, fontSize: 15, fontFamily: theme.body }}>
                Write another message
              </button>
            </div>
          ) : (
            <form noValidate onSubmit={submit} style={{ display: 'grid', gap: 14 }}>
              {(['name', 'email'] as Field[]).map((field) => (
                <div key={field}>
                  <label htmlFor={`contact-${field}`} style={{ display: 'block', fontWeight: 600, fontSize: 15, marginBottom: 6 }}>{field === 'name' ? 'Your name' : 'Email'}</label>
                  <input
                    id={`contact-${field}`}
                    data-testid={`contact-${field}`}
                    type={field === 'email' ? 'email' : 'text'}
                    autoComplete={field}
                    value={values[field]}
                    onChange={(e) => setValues({ ...values, [field]: e.target.value })}
                    onBlur={() => setTouched({ ...touched, [field]: true })}
                    aria-invalid={Boolean(touched[field] && errors[field])}
                    aria-describedby={touched[field] && errors[field] ? `${field}-error` : undefined}
                    style={input(field)}
                  />
                  {fieldError(field)}
                </div>
              ))}
              <div>
                <label htmlFor="contact-message" style={{ display: 'block', fontWeight: 600, fontSize: 15, marginBottom: 6 }}>Message</label>
                <textarea
                  id="contact-message"
                  data-testid="contact-message"
                  rows={4}
                  value={values.message}
                  onChange={(e) => setValues({ ...values, message: e.target.value })}
                  onBlur={() => setTouched({ ...touched, message: true })}
                  aria-invalid={Boolean(touched.message && errors.message)}
                  aria-describedby={touched.message && errors.message ? 'message-error' : undefined}
                  style={{ ...input('message'), resize: 'vertical' }}
                />
                {fieldError('message')}
              </div>
              <button type="submit" data-testid="contact-submit" style={{ padding: '14px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
                Send message
              </button>
            </form>
          )}
        </div>
      </div>
    </section>
  );
}
