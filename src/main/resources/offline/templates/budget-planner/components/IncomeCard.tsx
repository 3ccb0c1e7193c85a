import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { amountProblem, formatMoney, parseAmount } from '../budget';
import type { Income } from '../budget';
import AmountInput from './AmountInput';

interface IncomeCardProps {
  income: Income[];
  currency: string;
  actions: {
    addIncome: (source: string, amount: number) => void;
    updateIncome: (id: string, patch: Partial<Income>) => void;
    deleteIncome: (id: string) => void;
  };
}

export default function IncomeCard({ income, currency, actions }: IncomeCardProps) {
  const [source, setSource] = useState<string>('');
  const [amount, setAmount] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const total = income.reduce((s, i) => s + i.amount, 0);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (source.trim().length < 2) return setError('Name the income source, e.g. Salary.');
    const problem = amountProblem(amount);
    const n = parseAmount(amount);
    if (problem || n === null) return setError(problem ?? 'Enter an amount.');
    if (n === 0) return setError('The amount must be more than zero.');
    actions.addIncome(source.trim().slice(0, 60), n);
    setSource('');
    setAmount('');
    setError(null);
  };

  const field = { padding: '10px 12px', borderRadius: 10, border: `1.5px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body, minWidth: 0, boxSizing: 'border-box' as const };

  return (
    <section aria-label="Income" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 10 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>💼 Income</h2>
        <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(total, currency)}</strong>
      </div>
      <ul style={{ listStyle: 'none', margin: '10px 0 0', padding: 0 }}>
        {income.length === 0 && <li style={{ color: theme.muted, padding: '8px 0' }}>No income yet. Add your salary or other money coming in.</li>}
        {income.map((i) => (
          <li key={i.id} data-testid="income-row" style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: `1px solid ${theme.border}` }}>
            <span style={{ flex: 1, minWidth: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>{i.source}</span>
            <AmountInput value={i.amount} label={`Amount for ${i.source}`} testId="income-amount" width={130} onCommit={(n) => actions.updateIncome(i.id, { amount: n })} />
            <button type="button" aria-label={`Delete ${i.source}`} data-testid="delete-income" onClick={() => actions.deleteIncome(i.id)} style={{ width: 34, height: 34, borderRadius: 8, border: 'none', background: 'transparent', color: theme.muted, fontSize: 18, cursor: 'pointer', flexShrink: 0 }}>×</button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
        <input aria-label="Income source" data-testid="add-income-source" placeholder="Source, e.g. Salary" value={source} onChange={(e) => setSource(e.target.value)} maxLength={60} style={{ ...field, flex: '2 1 180px' }} />
        <input aria-label="Income amount" data-testid="add-income-amount" placeholder="Amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} style={{ ...field, flex: '1 1 110px', textAlign: 'right' }} />
        <button type="submit" data-testid="add-income-submit" style={{ padding: '10px 16px', borderRadius: 10, border: `2px solid ${theme.primary}`, background: 'transparent', color: theme.primaryOnSurface, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, flex: '0 0 auto' }}>
          + Add income
        </button>
      </form>
      {error && <p role="alert" style={{ margin: '8px 0 0', color: theme.danger, fontSize: 14 }}>{error}</p>}
    </section>
  );
}
