import { theme, alpha } from '../theme';
import { money, payoffDate, span } from '../loan';
import type { Comparison } from '../loan';

export default function SavingsSummary({ result, currency, extra }: { result: Comparison | null; currency: string; extra: number }) {
  const ink = theme.onPrimary;
  const soft = alpha(ink, 0.8);

  if (!result) {
    return (
      <section aria-label="Result" style={{ background: theme.surface, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius + 4, padding: 24, color: theme.muted }}>
        Fix the highlighted fields to see your payoff plan.
      </section>
    );
  }

  const { base, withExtra } = result;
  const plans = [
    { id: 'original', title: 'Original plan', monthly: result.payment, run: base },
    { id: 'extra', title: 'With extra payments', monthly: result.payment + extra, run: withExtra },
  ];

  return (
    <div style={{ display: 'grid', gap: 16, minWidth: 0 }}>
      <section aria-label="Savings" aria-live="polite" style={{ background: theme.primaryGradient, color: ink, borderRadius: theme.radius + 4, padding: 'clamp(18px, 3vw, 26px)', boxShadow: theme.shadow }}>
        <div style={{ fontSize: 15, fontWeight: 600, color: soft }}>Regular monthly payment</div>
        <div data-testid="payment" style={{ fontSize: 'clamp(22px, 3.5vw, 28px)', fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>{money(result.payment, currency, true)}</div>
        <div style={{ height: 1, background: alpha(ink, 0.2), margin: '14px 0' }} />
        {result.hasExtra ? (
          <>
            <div style={{ fontSize: 15, fontWeight: 600, color: soft }}>Interest you save</div>
            <div data-testid="interest-saved" style={{ fontFamily: theme.heading, fontSize: 'clamp(38px, 7vw, 54px)', fontWeight: 800, letterSpacing: '-0.02em', lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' }}>
              {money(result.interestSaved, currency)}
            </div>
            <p data-testid="time-saved" style={{ margin: '8px 0 0', fontSize: 16, lineHeight: 1.5 }}>
              {result.monthsSaved > 0 ? (
                <>
                  Debt-free <strong>{span(result.monthsSaved)} sooner</strong>: in {payoffDate(withExtra.months)} instead of {payoffDate(base.months)}.
                </>
              ) : (
                'The extra payments do not shorten the loan by a full month yet.'
              )}
            </p>
          </>
        ) : (
          <p style={{ margin: 0, fontSize: 16, lineHeight: 1.5 }}>
            Paid off in <strong>{payoffDate(base.months)}</strong>, with {money(base.totalInterest, currency)} of interest. Add an extra monthly payment or a lump sum to see what you could save.
          </p>
        )}
      </section>

      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: 12 }}>
        {plans.map((p) => (
          <section key={p.id} data-testid={`plan-${p.id}`} aria-label={p.title} style={{ background: theme.surface, border: `1px solid ${p.id === 'extra' && result.hasExtra ? theme.primary : theme.border}`, borderRadius: theme.radius, padding: 16, boxShadow: theme.shadowSmall, minWidth: 0 }}>
            <h3 style={{ margin: '0 0 10px', fontSize: 15 }}>{p.title}</h3>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 12px', fontSize: 14 }}>
              <dt style={{ color: theme.muted }}>Monthly</dt>
              <dd style={{ margin: 0, textAlign: 'right', fontWeight: 700 }}>{money(p.monthly, currency, true)}</dd>
              <dt style={{ color: theme.muted }}>Time</dt>
              <dd style={{ margin: 0, textAlign: 'right', fontWeight: 700 }}>{span(p.run.months)}</dd>
              <dt style={{ color: theme.muted }}>Interest</dt>
              <dd data-testid={`${p.id}-interest`} style={{ margin: 0, textAlign: 'right', fontWeight: 700 }}>{money(p.run.totalInterest, currency)}</dd>
              <dt style={{ color: theme.muted }}>Total paid</dt>
              <dd style={{ margin: 0, textAlign: 'right', fontWeight: 700 }}>{money(p.run.totalPaid, currency)}</dd>
              <dt style={{ color: theme.muted }}>Paid off</dt>
              <dd style={{ margin: 0, textAlign: 'right', fontWeight: 700 }}>{payoffDate(p.run.months)}</dd>
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
