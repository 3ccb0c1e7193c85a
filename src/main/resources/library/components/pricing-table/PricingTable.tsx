import { useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';

export type Billing = 'monthly' | 'yearly';
export type Plan = {
  name: string;
  description?: string;
  /** Price per month when billed monthly; null for "Custom" (e.g. enterprise). */
  monthly: number | null;
  /** Price per month when billed yearly; defaults to the monthly price. */
  yearly?: number | null;
  features: string[];
  /** Draw this plan with the accent border and badge. */
  highlighted?: boolean;
  /** Badge text on a highlighted plan (default 'Most popular'). */
  badge?: string;
  /** Button label (default 'Choose <name>'). */
  cta?: string;
  /** Makes the button a link. */
  href?: string;
};

type Props = {
  plans?: Plan[];
  /** Heading above the table; '' for none. */
  heading?: string;
  subheading?: string;
  /** Currency symbol placed before the amount. */
  currency?: string;
  /** BCP 47 locale used to format amounts. */
  locale?: string;
  /** Billing period shown first. */
  defaultBilling?: Billing;
  /** Show the monthly / yearly switch (default: when some plan has a different yearly price). */
  showToggle?: boolean;
  /** Label for plans whose price is null. */
  customLabel?: string;
  /** Called when a plan's button is pressed (not called for plans with href). */
  onSelect?: (plan: Plan, billing: Billing) => void;
  background?: string;
  surface?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
  maxWidth?: number;
};

const DEFAULT_PLANS: Plan[] = [
  {
    name: 'Starter',
    description: 'For individuals trying things out.',
    monthly: 0,
    yearly: 0,
    features: ['1 project', 'Up to 3 collaborators', 'Community support'],
    cta: 'Start for free',
  },
  {
    name: 'Team',
    description: 'For growing teams that ship every week.',
    monthly: 24,
    yearly: 19,
    features: ['Unlimited projects', 'Up to 25 collaborators', 'Roadmaps and releases', 'Priority email support'],
    highlighted: true,
  },
  {
    name: 'Business',
    description: 'For companies with many teams.',
    monthly: 59,
    yearly: 49,
    features: ['Everything in Team', 'Unlimited collaborators', 'SSO and audit log', 'Dedicated success manager'],
  },
];

export default function PricingTable(props: Props) {
  // Without plans the table shows an example; otherwise the heading stays empty unless given.
  const demo = props.plans === undefined;
  const {
    plans = DEFAULT_PLANS,
    heading = demo ? 'Simple pricing for every team' : '',
    subheading = demo ? 'Start free, upgrade when you grow. Cancel any time.' : '',
    currency = '$',
    locale = 'en-US',
    defaultBilling = 'monthly',
    showToggle = (props.plans ?? DEFAULT_PLANS).some((p) => p.yearly !== undefined && p.yearly !== p.monthly),
    customLabel = 'Custom',
    onSelect,
    background = '#ffffff',
    surface = '#ffffff',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    accentText = '#ffffff',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    maxWidth = 1180,
  } = props;

  const [billing, setBilling] = useState<Billing>(defaultBilling);
  const optionRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const priceOf = (p: Plan, b: Billing): number | null => (b === 'yearly' ? (p.yearly === undefined ? p.monthly : p.yearly) : p.monthly);
  const savings = Math.max(
    0,
    ...plans.map((p) => {
      const m = p.monthly;
      const y = priceOf(p, 'yearly');
      return m && y !== null && m > 0 ? Math.round((1 - y / m) * 100) : 0;
    }),
  );
  const money = (n: number) => `${currency}${n.toLocaleString(locale, { maximumFractionDigits: 2 })}`;

  const periods: { value: Billing; label: string }[] = [
    { value: 'monthly', label: 'Monthly' },
    { value: 'yearly', label: savings > 0 ? `Yearly · save ${savings}%` : 'Yearly' },
  ];

  const onToggleKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: Billing = e.key === 'Home' ? 'monthly' : e.key === 'End' ? 'yearly' : billing === 'monthly' ? 'yearly' : 'monthly';
    setBilling(next);
    optionRefs.current[next === 'monthly' ? 0 : 1]?.focus();
  };

  const buttonStyle = (highlighted: boolean): CSSProperties => ({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '100%',
    boxSizing: 'border-box',
    minHeight: 46,
    padding: '12px 16px',
    borderRadius: 10,
    border: `1px solid ${highlighted ? accent : border}`,
    background: highlighted ? accent : 'transparent',
    color: highlighted ? accentText : text,
    fontFamily: font,
    fontSize: 15,
    fontWeight: 700,
    textDecoration: 'none',
    cursor: 'pointer',
  });

  return (
    <section aria-label={heading || 'Pricing'} style={{ background, color: text, fontFamily: font, padding: 'clamp(40px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ maxWidth, margin: '0 auto' }}>
        {(heading || subheading) && (
          <div style={{ textAlign: 'center', maxWidth: 680, margin: '0 auto' }}>
            {heading && (
              <h2 style={{ margin: 0, fontSize: 'clamp(1.75rem, 4vw, 2.5rem)', lineHeight: 1.15, letterSpacing: '-0.02em', fontWeight: 800 }}>{heading}</h2>
            )}
            {subheading && <p style={{ margin: '12px 0 0', color: muted, fontSize: 17, lineHeight: 1.6 }}>{subheading}</p>}
          </div>
        )}

        {showToggle && (
          <div style={{ display: 'flex', justifyContent: 'center', marginTop: 28 }}>
            <div
              role="radiogroup"
              aria-label="Billing period"
              onKeyDown={onToggleKey}
              style={{
                display: 'inline-flex',
                flexWrap: 'wrap',
                justifyContent: 'center',
                gap: 4,
                padding: 4,
                borderRadius: 999,
                border: `1px solid ${border}`,
                background: surface,
              }}
            >
              {periods.map((p, i) => {
                const checked = billing === p.value;
                return (
                  <button
                    key={p.value}
                    ref={(el) => {
                      optionRefs.current[i] = el;
                    }}
                    type="button"
                    role="radio"
                    aria-checked={checked}
                    tabIndex={checked ? 0 : -1}
                    onClick={() => setBilling(p.value)}
                    style={{
                      padding: '9px 18px',
                      borderRadius: 999,
                      border: 'none',
                      background: checked ? accent : 'transparent',
                      color: checked ? accentText : text,
                      fontFamily: font,
                      fontSize: 14,
                      fontWeight: 700,
                      cursor: 'pointer',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {p.label}
                  </button>
                );
              })}
            </div>
          </div>
        )}

        <ul
          style={{
            listStyle: 'none',
            margin: '40px 0 0',
            padding: 0,
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
            gap: 20,
            alignItems: 'stretch',
          }}
        >
          {plans.map((plan) => {
            const price = priceOf(plan, billing);
            const hl = !!plan.highlighted;
            const label = plan.cta ?? `Choose ${plan.name}`;
            return (
              <li
                key={plan.name}
                aria-label={`${plan.name} plan`}
                style={{
                  position: 'relative',
                  display: 'flex',
                  flexDirection: 'column',
                  padding: 'clamp(22px, 3vw, 30px)',
                  borderRadius: 18,
                  background: hl ? `color-mix(in srgb, ${accent} 6%, ${surface})` : surface,
                  border: hl ? `2px solid ${accent}` : `1px solid ${border}`,
                  boxShadow: hl ? '0 18px 40px -20px rgba(15, 23, 42, 0.35)' : 'none',
                }}
              >
                {hl && (
                  <span
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: '50%',
                      transform: 'translate(-50%, -50%)',
                      padding: '4px 12px',
                      borderRadius: 999,
                      background: accent,
                      color: accentText,
                      fontSize: 12,
                      fontWeight: 800,
                      letterSpacing: '0.04em',
                      textTransform: 'uppercase',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {plan.badge ?? 'Most popular'}
                  </span>
                )}
                <h3 style={{ margin: 0, fontSize: 20, fontWeight: 800 }}>{plan.name}</h3>
                {plan.description && <p style={{ margin: '6px 0 0', color: muted, fontSize: 15, lineHeight: 1.5 }}>{plan.description}</p>}
                <p style={{ margin: '20px 0 0', display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: 6 }} aria-live="polite">
                  <span style={{ fontSize: 'clamp(2.25rem, 5vw, 2.75rem)', fontWeight: 800, letterSpacing: '-0.02em', lineHeight: 1 }}>
                    {price === null ? customLabel : money(price)}
                  </span>
                  {price !== null && <span style={{ color: muted, fontSize: 15 }}>/ month</span>}
                </p>
                <p style={{ margin: '6px 0 0', color: muted, fontSize: 13, minHeight: 18 }}>
                  {price === null
                    ? 'Talk to us for a quote'
                    : price === 0
                      ? 'Free forever'
                      : billing === 'yearly'
                        ? `${money(price * 12)} billed yearly`
                        : 'Billed monthly'}
                </p>
                <ul style={{ listStyle: 'none', margin: '24px 0 28px', padding: 0, display: 'grid', gap: 10, flex: 1, alignContent: 'start' }}>
                  {plan.features.map((f) => (
                    <li key={f} style={{ display: 'flex', gap: 10, alignItems: 'flex-start', fontSize: 15, lineHeight: 1.45 }}>
                      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" style={{ flexShrink: 0, marginTop: 1 }}>
                        <circle cx="10" cy="10" r="10" fill={accent} opacity="0.15" />
                        <path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke={accent} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                      <span>{f}</span>
                    </li>
                  ))}
                </ul>
                {plan.href ? (
                  <a href={plan.href} style={buttonStyle(hl)} aria-label={`${label} (${plan.name} plan)`}>
                    {label}
                  </a>
                ) : (
                  <button type="button" onClick={() => onSelect?.(plan, billing)} style={buttonStyle(hl)} aria-label={`${label} (${plan.name} plan)`}>
                    {label}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
