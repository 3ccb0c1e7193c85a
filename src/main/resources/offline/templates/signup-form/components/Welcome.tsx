import { useEffect, useRef } from 'react';
import { config } from '../config';
import { PLANS, price } from '../signup';
import type { SignupValues } from '../signup';
import { theme, alpha } from '../theme';

interface WelcomeProps {
  values: SignupValues;
  onRestart: () => void;
}

export default function Welcome({ values, onRestart }: WelcomeProps) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const plan = PLANS.find((p) => p.id === values.plan) ?? PLANS[0];
  const rows: [string, string][] = [
    ['Email', values.email.trim()],
    ['Username', `@${values.username.trim()}`],
    ['Plan', `${plan.name} · ${price(plan, values.billing)}`],
    ['Newsletter', values.newsletter ? 'Yes, monthly' : 'No'],
  ];

  return (
    <div data-testid="welcome" role="status" style={{ display: 'grid', gap: 20, textAlign: 'center', justifyItems: 'center' }}>
      <div aria-hidden="true" style={{ width: 80, height: 80, borderRadius: '50%', background: alpha(theme.success, 0.15), display: 'grid', placeItems: 'center', fontSize: 40 }}>🎉</div>
      <div>
        <h2 ref={heading} tabIndex={-1} style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 4vw, 32px)', outline: 'none' }}>
          Welcome to {config.title}, {values.fullName.trim().split(' ')[0]}!
        </h2>
        <p style={{ margin: '8px 0 0', color: theme.muted }}>Your account is ready. We sent a confirmation link to {values.email.trim()}.</p>
      </div>
      <dl style={{ margin: 0, width: '100%', display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '10px 18px', textAlign: 'left', padding: 18, borderRadius: 16, background: theme.subtle }}>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ color: theme.muted, fontWeight: 600 }}>{k}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere', fontWeight: 600 }}>{v}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onRestart} style={{ padding: '12px 22px', borderRadius: 12, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
        Start over
      </button>
    </div>
  );
}
