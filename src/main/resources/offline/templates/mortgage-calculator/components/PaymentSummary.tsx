import { theme, alpha } from '../theme';
import { money, monthYear } from '../mortgage';
import type { Plan } from '../mortgage';

interface PaymentSummaryProps {
  plan: Plan | null;
  currency: string;
  years: number;
}

export default function PaymentSummary({ plan, currency, years }: PaymentSummaryProps) {
  const ink = theme.onPrimary;
  const soft = alpha(ink, 0.8);
  const parts = plan
    ? [
        { label: 'Principal & interest', value: plan.monthlyPI, color: ink },
        { label: 'Property tax', value: plan.monthlyTax, color: alpha(ink, 0.65) },
        { label: 'Insurance', value: plan.monthlyInsurance, color: alpha(ink, 0.45) },
        { label: 'HOA / fees', value: plan.monthlyHoa, color: alpha(ink, 0.28) },
      ].filter((p) => p.value > 0)
    : [];

  return (
    <section aria-label="Monthly payment" aria-live="polite" style={{ background: theme.primaryGradient, color: ink, borderRadius: theme.radius + 4, padding: 'clamp(18px, 3vw, 26px)', boxShadow: theme.shadow, display: 'grid', gap: 16, alignContent: 'start', minWidth: 0 }}>
      <div>
        <div style={{ fontSize: 15, fontWeight: 600, color: soft }}>Monthly payment</div>
        <output data-testid="monthly-total" style={{ display: 'block', fontFamily: theme.heading, fontSize: 'clamp(38px, 7vw, 56px)', fontWeight: 800, letterSpacing: '-0.02em', lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' }}>
          {plan ? money(plan.monthlyTotal, currency, true) : '—'}
        </output>
        <div style={{ fontSize: 14, color: soft }}>{plan ? `for ${years} years · paid off ${monthYear(plan.payoff)}` : 'Fix the highlighted fields to see your payment.'}</div>
      </div>

      {plan && (
        <>
          <div aria-hidden="true" style={{ display: 'flex', height: 12, borderRadius: 6, overflow: 'hidden', gap: 2, background: alpha(ink, 0.12) }}>
            {parts.map((p) => (
              <div key={p.label} style={{ flex: p.value, background: p.color }} />
            ))}
          </div>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: '1fr auto', gap: '6px 12px', fontSize: 15 }}>
            {parts.map((p) => (
              <div key={p.label} style={{ display: 'contents' }}>
                <dt style={{ display: 'flex', alignItems: 'center', gap: 8, color: soft }}>
                  <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 3, background: p.color, flexShrink: 0 }} />
                  {p.label}
                </dt>
                <dd data-testid={p.label === 'Principal & interest' ? 'monthly-pi' : undefined} style={{ margin: 0, fontWeight: 700, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{money(p.value, currency, true)}</dd>
              </div>
            ))}
          </dl>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
            {[
              ['Loan amount', money(plan.loan, currency), 'loan-amount'],
              ['Down payment', money(plan.downAmount, currency), 'down-amount'],
              ['Total interest', money(plan.totalInterest, currency), 'total-interest'],
              ['Total of payments', money(plan.totalPaid, currency), 'total-paid'],
            ].map(([label, value, id]) => (
              <div key={id} style={{ background: alpha(ink, 0.1), borderRadius: 12, padding: '10px 12px', minWidth: 0 }}>
                <div style={{ fontSize: 12, color: soft }}>{label}</div>
                <div data-testid={id} style={{ fontSize: 'clamp(16px, 2.2vw, 19px)', fontWeight: 800, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>{value}</div>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
