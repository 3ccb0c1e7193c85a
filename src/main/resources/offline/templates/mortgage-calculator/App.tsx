import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { DEFAULT_INPUTS, buildPlan, firstPaymentDate, loadInputs, money, saveInputs, toNumber, validate } from './mortgage';
import type { Inputs } from './mortgage';
import LoanInputs from './components/LoanInputs';
import PaymentSummary from './components/PaymentSummary';
import BalanceChart from './components/BalanceChart';
import ScheduleTable from './components/ScheduleTable';

export default function App() {
  usePageSetup();
  const [inputs, setInputs] = useState<Inputs>(loadInputs);
  useEffect(() => saveInputs(inputs), [inputs]);

  const errors = validate(inputs);
  const plan = Object.keys(errors).length === 0 ? buildPlan(inputs) : null;
  const startYear = firstPaymentDate().getFullYear();

  const price = toNumber(inputs.price);
  const down = toNumber(inputs.down || '0');
  let downHint = 'Lenders usually want at least 5–20 %.';
  if (!Number.isNaN(price) && !Number.isNaN(down)) {
    downHint = inputs.downMode === 'percent' ? `= ${money((price * down) / 100, inputs.currency)}` : price > 0 ? `= ${((down / price) * 100).toFixed(1)} % of the price` : downHint;
    if (plan && plan.downAmount < price * 0.2) downHint += ' · under 20 % often means mortgage insurance';
  }

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1160, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          <LoanInputs inputs={inputs} errors={errors} downHint={downHint} onChange={(patch) => setInputs((prev) => ({ ...prev, ...patch }))} onReset={() => setInputs(DEFAULT_INPUTS)} />
          <PaymentSummary plan={plan} currency={inputs.currency} years={inputs.years} />
        </div>
        {plan && (
          <>
            <Panel title="Balance over time" subtitle="How the loan shrinks as you pay, and what it costs in interest">
              <BalanceChart plan={plan} currency={inputs.currency} startYear={startYear} />
            </Panel>
            <Panel title="Amortization schedule" subtitle="How each payment splits between interest and paying down the loan">
              <ScheduleTable plan={plan} currency={inputs.currency} startYear={startYear} />
            </Panel>
          </>
        )}
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>Estimates for a fixed-rate loan. Your lender’s offer may include fees, mortgage insurance or a different rate.</p>
      </div>
    </div>
  );
}

function Panel({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>{title}</h2>
      <p style={{ margin: '2px 0 14px', fontSize: 13, color: theme.muted }}>{subtitle}</p>
      {children}
    </section>
  );
}
