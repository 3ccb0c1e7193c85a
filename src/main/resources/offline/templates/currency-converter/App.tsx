import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup } from './theme';
import { RATES_DATE, formatDate, load, parseAmount, save } from './rates';
import type { Saved } from './rates';
import Converter from './components/Converter';
import CompareList from './components/CompareList';
import RatesTable from './components/RatesTable';

export default function App() {
  usePageSetup();
  const [state, setState] = useState<Saved>(load);
  useEffect(() => save(state), [state]);

  const { amount, error } = parseAmount(state.amount);
  const update = (patch: Partial<Saved>) => setState((prev) => ({ ...prev, ...patch }));
  const pickTarget = (code: string) => {
    update(code === state.from ? { from: state.to, to: code } : { to: code });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1100, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 12 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
            <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
          </div>
          <span data-testid="rates-badge" style={{ padding: '6px 12px', borderRadius: 999, fontSize: 13, fontWeight: 600, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}` }}>
            Sample rates · {formatDate(RATES_DATE)}
          </span>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          <Converter
            amountText={state.amount}
            amount={amount}
            error={error}
            from={state.from}
            to={state.to}
            onAmount={(v) => update({ amount: v })}
            onFrom={(code) => update(code === state.to ? { from: code, to: state.from } : { from: code })}
            onTo={(code) => update(code === state.from ? { to: code, from: state.to } : { to: code })}
            onSwap={() => update({ from: state.to, to: state.from })}
          />
          <CompareList
            amount={amount}
            from={state.from}
            codes={state.compare}
            onAdd={(code) => update({ compare: [...state.compare, code] })}
            onRemove={(code) => update({ compare: state.compare.filter((c) => c !== code) })}
            onPick={pickTarget}
          />
        </main>
        <RatesTable base={state.from} onPick={pickTarget} />
      </div>
    </div>
  );
}
