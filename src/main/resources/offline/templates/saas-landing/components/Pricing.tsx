import { useState } from 'react';
import { theme, alpha } from '../theme';
import { PLANS, money } from '../content';
import type { Plan } from '../content';

export type Billing = 'monthly' | 'yearly';

interface PricingProps {
  billing: Billing;
  onBilling: (b: Billing) => void;
  onChoose: (plan: Plan) => void;
}

export default function Pricing({ billing, onBilling, onChoose }: PricingProps) {
  const [seatsText, setSeatsText] = useState<string>('8');
  const seats = /^\d+$/.test(seatsText) ? Number(seatsText) : NaN;
  const seatsError = Number.isNaN(seats) || seats < 1 ? 'Enter a team size of 1 or more.' : seats > 5000 ? 'For more than 5,000 people, talk to sales.' : null;

  const estimate = (plan: Plan): string => {
    if (seatsError) return '';
    if (plan.monthly === null || plan.yearly === null) return 'Custom quote for your team';
    if (plan.id === 'starter') return seats <= 3 ? 'Free for your team' : 'Up to 3 people only';
    const perSeat = billing === 'yearly' ? plan.yearly : plan.monthly;
    return billing === 'yearly' ? `${money(perSeat * seats * 12)} a year for ${seats} ${seats === 1 ? 'person' : 'people'}` : `${money(perSeat * seats)} a month for ${seats} ${seats === 1 ? 'person' : 'people'}`;
  };

  const toggle = (b: Billing, label: string) => (
    <button
      type="button"
      role="radio"
      aria-checked={billing === b}
      data-testid={`billing-${b}`}
      onClick={() => onBilling(b)}
      style={{ padding: '10px 18px', borderRadius: 999, border: 'none', background: billing === b ? theme.primary : 'transparent', color: billing === b ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, display: 'inline-flex', alignItems: 'center', gap: 8 }}
    >
      {label}
      {b === 'yearly' && <span style={{ fontSize: 12, fontWeight: 800, padding: '2px 8px', borderRadius: 999, background: billing === b ? alpha(theme.onPrimary, 0.2) : alpha(theme.success, 0.15), color: billing === b ? theme.onPrimary : theme.success }}>2 months free</span>}
    </button>
  );

  return (
    <section id="pricing" aria-labelledby="pricing-title" style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(56px, 8vw, 100px) clamp(16px, 4vw, 40px) 0', scrollMarginTop: 70 }}>
      <div style={{ textAlign: 'center', maxWidth: 640, margin: '0 auto 28px' }}>
        <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>Pricing</div>
        <h2 id="pricing-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, letterSpacing: '-0.02em', margin: '8px 0 12px' }}>Simple plans that grow with you</h2>
        <p style={{ margin: 0, color: theme.muted, fontSize: 18 }}>Start free. Pay per person only when you need more.</p>
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', alignItems: 'center', gap: 16, marginBottom: 32 }}>
        <div role="radiogroup" aria-label="Billing period" style={{ display: 'inline-flex', padding: 4, borderRadius: 999, background: theme.surface, border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall }}>
          {toggle('monthly', 'Monthly')}
          {toggle('yearly', 'Yearly')}
        </div>
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontSize: 15, color: theme.muted }}>
          Team size
          <input
            data-testid="seats"
            inputMode="numeric"
            value={seatsText}
            aria-invalid={seatsError !== null}
            onChange={(e) => setSeatsText(e.target.value.trim())}
            style={{ width: 70, padding: '9px 10px', borderRadius: 10, border: `2px solid ${seatsError ? theme.danger : theme.border}`, background: theme.surface, color: theme.text, fontSize: 16, fontWeight: 700, textAlign: 'center', fontFamily: theme.body }}
          />
          people
        </label>
      </div>
      {seatsError && <p role="alert" style={{ textAlign: 'center', color: theme.danger, margin: '-18px 0 24px', fontSize: 14 }}>{seatsError}</p>}

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 250px), 1fr))', gap: 18, alignItems: 'stretch' }}>
        {PLANS.map((plan) => {
          const price = billing === 'yearly' ? plan.yearly : plan.monthly;
          const hl = plan.highlight === true;
          return (
            <article
              key={plan.id}
              data-testid={`plan-${plan.id}`}
              aria-label={`${plan.name} plan`}
              style={{ position: 'relative', display: 'flex', flexDirection: 'column', gap: 14, padding: 24, borderRadius: 20, background: theme.surface, border: `${hl ? 2 : 1}px solid ${hl ? theme.primary : theme.border}`, boxShadow: hl ? `0 20px 50px ${alpha(theme.primary, 0.22)}` : theme.shadowSmall }}
            >
              {hl && <span style={{ position: 'absolute', top: -13, left: 24, padding: '4px 12px', borderRadius: 999, background: theme.primary, color: theme.onPrimary, fontSize: 12, fontWeight: 800 }}>Most popular</span>}
              <div>
                <h3 style={{ margin: 0, fontSize: 20 }}>{plan.name}</h3>
                <p style={{ margin: '6px 0 0', color: theme.muted, fontSize: 14, lineHeight: 1.5, minHeight: 42 }}>{plan.blurb}</p>
              </div>
              <div>
                {price === null ? (
                  <div style={{ fontFamily: theme.heading, fontSize: 36, fontWeight: 800, letterSpacing: '-0.02em' }}>Custom</div>
                ) : (
                  <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
                    <span data-testid={`price-${plan.id}`} style={{ fontFamily: theme.heading, fontSize: 44, fontWeight: 800, letterSpacing: '-0.03em' }}>{money(price)}</span>
                    <span style={{ color: theme.muted, fontSize: 14 }}>{price === 0 ? 'forever' : '/ person / month'}</span>
                  </div>
                )}
                <div style={{ fontSize: 13, color: theme.muted, minHeight: 20 }}>
                  {price !== null && price > 0 && plan.monthly !== null && plan.yearly !== null
                    ? billing === 'yearly'
                      ? `Billed yearly: ${money(plan.yearly * 12)} per person · you save ${money((plan.monthly - plan.yearly) * 12)}`
                      : `Or ${money(plan.yearly)} a month, billed yearly`
                    : plan.seats}
                </div>
              </div>
              <div data-testid={`estimate-${plan.id}`} style={{ fontSize: 14, fontWeight: 700, padding: '8px 12px', borderRadius: 10, background: theme.subtle, minHeight: 20 }}>{estimate(plan) || '—'}</div>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8, flex: 1, alignContent: 'start' }}>
                {plan.features.map((f) => (
                  <li key={f} style={{ display: 'flex', gap: 10, fontSize: 15, lineHeight: 1.4 }}>
                    <span aria-hidden="true" style={{ color: theme.success, fontWeight: 800 }}>✓</span>
                    {f}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                data-testid={`choose-${plan.id}`}
                onClick={() => onChoose(plan)}
                style={{ padding: '13px 16px', borderRadius: 12, border: hl ? 'none' : `1.5px solid ${theme.borderStrong}`, background: hl ? theme.primary : 'transparent', color: hl ? theme.onPrimary : theme.text, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
              >
                {plan.cta}
              </button>
            </article>
          );
        })}
      </div>
      <p style={{ textAlign: 'center', color: theme.muted, fontSize: 14, margin: '20px 0 0' }}>Prices in US dollars, excluding tax. Nonprofits and schools get 50 % off any paid plan.</p>
    </section>
  );
}
