import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { compare, loadInputs, saveInputs, toNumber, validate } from './loan';
import type { Inputs } from './loan';
import LoanForm from './components/LoanForm';
import SavingsSummary from './components/SavingsSummary';
import PayoffChart from './components/PayoffChart';
import PayoffTable from './components/PayoffTable';

export default function App() {
  usePageSetup();
  const [inputs, setInputs] = useState<Inputs>(loadInputs);
  useEffect(() => saveInputs(inputs), [inputs]);

  const errors = validate(inputs);
  const result = Object.keys(errors).length === 0 ? compare(inputs) : null;
  const extra = inputs.extra.trim() === '' ? 0 : toNumber(inputs.extra);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1160, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          <LoanForm inputs={inputs} errors={errors} onChange={(patch) => setInputs((prev) => ({ ...prev, ...patch }))} />
          <SavingsSummary result={result} currency={inputs.currency} extra={Number.isNaN(extra) ? 0 : extra} />
        </div>
        {result && (
          <>
            <Panel title="Balance over time" subtitle="Hover or touch the chart to compare the two plans at any month">
              <PayoffChart result={result} currency={inputs.currency} />
            </Panel>
            <Panel title="Year by year" subtitle="Balance at the end of each year and the interest paid during it">
              <PayoffTable result={result} currency={inputs.currency} />
            </Panel>
          </>
        )}
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>Assumes a fixed rate, monthly payments and no early-repayment fees. Check with your lender that extra payments go towards the principal.</p>
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
