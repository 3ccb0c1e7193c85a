import type { Split } from '../calc';
import { formatMoney } from '../calc';
import { theme, alpha } from '../theme';

interface SummaryProps {
  split: Split | null;
  /** shown instead of the figures while the input is incomplete or invalid */
  hint: string;
  currency: string;
  people: number;
  tipPercent: string;
  onReset: () => void;
}

export default function Summary({ split, hint, currency, people, tipPercent, onReset }: SummaryProps) {
  const money = (n: number) => formatMoney(n, currency);
  const ink = theme.onPrimary;
  const soft = alpha(ink, 0.78);
  const line = alpha(ink, 0.22);

  const row = (label: string, sub: string, value: string, testId: string, big = false) => (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, padding: '14px 0', borderBottom: `1px solid ${line}` }}>
      <div>
        <div style={{ fontWeight: 600, fontSize: 16 }}>{label}</div>
        <div style={{ fontSize: 13, color: soft }}>{sub}</div>
      </div>
      <output data-testid={testId} style={{ fontSize: big ? 'clamp(32px, 6vw, 44px)' : 'clamp(24px, 4vw, 32px)', fontWeight: 800, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums', textAlign: 'right', wordBreak: 'break-all' }}>
        {split ? value : '—'}
      </output>
    </div>
  );

  return (
    <section aria-label="Result" aria-live="polite" style={{ background: theme.primaryGradient, color: ink, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, position: 'relative', overflow: 'hidden' }}>
      <div aria-hidden="true" style={{ position: 'absolute', right: -60, top: -60, width: 180, height: 180, borderRadius: '50%', background: alpha(ink, 0.08) }} />
      <h2 style={{ margin: '0 0 4px', fontFamily: theme.heading, fontSize: 22, position: 'relative' }}>Each person pays</h2>
      <p style={{ margin: 0, color: soft, fontSize: 14, position: 'relative' }}>
        {split ? `${people} ${people === 1 ? 'person' : 'people'} · ${Number(tipPercent.replace(',', '.'))} % tip` : hint}
      </p>
      <div style={{ position: 'relative', marginTop: 8 }}>
        {row('Tip', 'per person', split ? money(split.tipPerPerson) : '', 'tip-per-person')}
        {row('Total', 'per person', split ? money(split.totalPerPerson) : '', 'total-per-person', true)}
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: '8px 16px', margin: '18px 0 0', fontSize: 15, position: 'relative' }}>
        <dt style={{ color: soft }}>Tip for the table</dt>
        <dd data-testid="tip-total" style={{ margin: 0, fontWeight: 700, textAlign: 'right' }}>{split ? money(split.tipTotal) : '—'}</dd>
        <dt style={{ color: soft }}>Bill with tip</dt>
        <dd data-testid="grand-total" style={{ margin: 0, fontWeight: 700, textAlign: 'right' }}>{split ? money(split.grandTotal) : '—'}</dd>
        {split && split.roundUpExtra > 0 && (
          <>
            <dt style={{ color: soft }}>Added by rounding up</dt>
            <dd style={{ margin: 0, fontWeight: 700, textAlign: 'right' }}>
              {money(split.roundUpExtra)} ({split.effectiveTipPercent.toFixed(1)} % tip)
            </dd>
          </>
        )}
      </dl>
      <button
        type="button"
        onClick={onReset}
        data-testid="reset"
        style={{ marginTop: 24, width: '100%', padding: '14px 16px', borderRadius: 12, border: `2px solid ${alpha(ink, 0.5)}`, background: alpha(ink, 0.12), color: ink, fontWeight: 700, fontSize: 16, cursor: 'pointer', position: 'relative', fontFamily: theme.body }}
      >
        Start over
      </button>
    </section>
  );
}
