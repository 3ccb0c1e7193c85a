import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { PLANS } from '../content';

type Field = 'name' | 'email' | 'phone' | 'plan' | 'goal' | 'date' | 'consent';
interface Values {
  name: string;
  email: string;
  phone: string;
  plan: string;
  goal: string;
  date: string;
  consent: boolean;
}

const GOALS = ['Get stronger', 'Lose weight', 'Improve fitness', 'Learn to box', 'Move better / mobility', 'Train for an event'];

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function validate(v: Values): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  const today = new Date();
  const max = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30);
  if (v.name.trim().length < 2) e.name = 'Enter your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.email.trim())) e.email = 'Enter an email address like name@example.com.';
  if (v.phone.trim() && !/^\+?[\d\s()-]{7,20}$/.test(v.phone.trim())) e.phone = 'Use digits, spaces and an optional + only.';
  if (!v.plan) e.plan = 'Choose the membership you are curious about.';
  if (!v.goal) e.goal = 'Pick your main goal so the right coach meets you.';
  if (!v.date) e.date = 'Pick the day of your first visit.';
  else if (v.date < iso(today)) e.date = 'The first visit can’t be in the past.';
  else if (v.date > iso(max)) e.date = 'Pick a day within the next 30 days.';
  if (!v.consent) e.consent = 'Please confirm you are 16 or older and agree to the gym rules.';
  return e;
}

export default function TrialForm({ plan }: { plan: string }) {
  const [values, setValues] = useState<Values>({ name: '', email: '', phone: '', plan: '', goal: '', date: '', consent: false });
  const [submitted, setSubmitted] = useState<boolean>(false);
  const [done, setDone] = useState<Values | null>(null);
  // A plan chosen in the pricing section fills in the form (adjusted during render, not in an effect).
  const [presetSeen, setPresetSeen] = useState<string>('');
  if (plan && plan !== presetSeen) {
    setPresetSeen(plan);
    setValues((v) => ({ ...v, plan }));
    setDone(null);
  }

  const errors = validate(values);
  const show = (f: Field) => (submitted ? errors[f] : undefined);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length) return;
    setDone(values);
    setSubmitted(false);
  };

  const input = (f: Field) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '12px 14px', borderRadius: 12, border: `2px solid ${show(f) ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, colorScheme: theme.isDark ? 'dark' : 'light' });
  const label = { display: 'block', fontWeight: 800, fontSize: 15, marginBottom: 6 } as const;
  const err = (f: Field) => show(f) && <p role="alert" style={{ margin: '6px 0 0', color: theme.danger, fontSize: 14 }}>{show(f)}</p>;
  const today = new Date();

  return (
    <section id="trial" style={{ scrollMarginTop: 70, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1100, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(28px, 5vw, 56px)' }}>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Free trial</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.05, textTransform: 'uppercase' }}>Your first week is on us</h2>
          <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 0' }}>Seven days of full access and classes. A coach meets you on day one for a tour and a short movement check.</p>
          <ol style={{ margin: '22px 0 0', paddingLeft: 20, display: 'grid', gap: 8, fontSize: 16 }}>
            <li>Tell us when you’d like to come in.</li>
            <li>We confirm by email within a few hours.</li>
            <li>Bring trainers, water and a towel. That’s it.</li>
          </ol>
        </div>
        {done ? (
          <div role="status" data-testid="trial-success" style={{ alignSelf: 'start', padding: 26, borderRadius: 18, background: alpha(theme.success, 0.1), border: `2px solid ${alpha(theme.success, 0.5)}` }}>
            <div aria-hidden="true" style={{ fontSize: 40 }}>💪</div>
            <p style={{ margin: '6px 0 0', fontWeight: 900, fontSize: 22, color: theme.success }}>You’re booked in, {done.name.trim().split(' ')[0]}!</p>
            <p style={{ margin: '8px 0 0' }}>
              See you on <strong>{new Date(done.date + 'T12:00:00').toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}</strong>. A coach will help you “{done.goal.toLowerCase()}” and show you around the {PLANS.find((p) => p.id === done.plan)?.name} membership. Confirmation is on its way to {done.email}.
            </p>
            <button type="button" onClick={() => { setDone(null); setValues({ name: '', email: '', phone: '', plan: '', goal: '', date: '', consent: false }); }} style={{ marginTop: 14, border: 'none', background: 'none', padding: 0, color: theme.primaryOnSurface, fontWeight: 800, cursor: 'pointer', fontSize: 15, fontFamily: theme.body }}>
              Book for someone else
            </button>
          </div>
        ) : (
          <form onSubmit={submit} noValidate data-testid="trial-form" style={{ display: 'grid', gap: 14, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))' }}>
            <div>
              <label htmlFor="tr-name" style={label}>Name</label>
              <input id="tr-name" data-testid="trial-name" autoComplete="name" value={values.name} onChange={(e) => set('name', e.target.value)} aria-invalid={!!show('name')} style={input('name')} />
              {err('name')}
            </div>
            <div>
              <label htmlFor="tr-email" style={label}>Email</label>
              <input id="tr-email" data-testid="trial-email" type="email" autoComplete="email" value={values.email} onChange={(e) => set('email', e.target.value)} aria-invalid={!!show('email')} style={input('email')} />
              {err('email')}
            </div>
            <div>
              <label htmlFor="tr-phone" style={label}>Phone <span style={{ fontWeight: 400, color: theme.muted }}>(optional)</span></label>
              <input id="tr-phone" data-testid="trial-phone" type="tel" autoComplete="tel" value={values.phone} onChange={(e) => set('phone', e.target.value)} aria-invalid={!!show('phone')} style={input('phone')} />
              {err('phone')}
            </div>
            <div>
              <label htmlFor="tr-plan" style={label}>Membership</label>
              <select id="tr-plan" data-testid="trial-plan" value={values.plan} onChange={(e) => set('plan', e.target.value)} aria-invalid={!!show('plan')} style={input('plan')}>
                <option value="">Choose…</option>
                {PLANS.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
              {err('plan')}
            </div>
            <div>
              <label htmlFor="tr-goal" style={label}>Main goal</label>
              <select id="tr-goal" data-testid="trial-goal" value={values.goal} onChange={(e) => set('goal', e.target.value)} aria-invalid={!!show('goal')} style={input('goal')}>
                <option value="">Choose…</option>
                {GOALS.map((g) => (
                  <option key={g} value={g}>{g}</option>
                ))}
              </select>
              {err('goal')}
            </div>
            <div>
              <label htmlFor="tr-date" style={label}>First visit</label>
              <input id="tr-date" data-testid="trial-date" type="date" min={iso(today)} max={iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30))} value={values.date} onChange={(e) => set('date', e.target.value)} aria-invalid={!!show('date')} style={input('date')} />
              {err('date')}
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <label style={{ display: 'flex', gap: 10, alignItems: 'flex-start', cursor: 'pointer' }}>
                <input type="checkbox" data-testid="trial-consent" checked={values.consent} onChange={(e) => set('consent', e.target.checked)} style={{ width: 20, height: 20, marginTop: 2, accentColor: theme.primary, flexShrink: 0 }} />
                <span>I am 16 or older and agree to the gym rules and the health questionnaire on my first visit.</span>
              </label>
              {err('consent')}
            </div>
            <div style={{ gridColumn: '1 / -1' }}>
              <button type="submit" data-testid="trial-submit" style={{ padding: '15px 28px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 900, fontSize: 17, cursor: 'pointer', fontFamily: theme.body, textTransform: 'uppercase', letterSpacing: '0.03em' }}>Claim my free week</button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
