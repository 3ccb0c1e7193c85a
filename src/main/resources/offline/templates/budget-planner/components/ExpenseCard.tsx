import { useState } from 'react';
import type { FormEvent } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { CATEGORIES, amountProblem, formatMoney, parseAmount } from '../budget';
import type { CategoryId, Expense } from '../budget';
import AmountInput from './AmountInput';

interface ExpenseCardProps {
  expenses: Expense[];
  currency: string;
  actions: {
    addExpense: (draft: Omit<Expense, 'id'>) => void;
    updateExpense: (id: string, patch: Partial<Expense>) => void;
    deleteExpense: (id: string) => void;
  };
}

type Errors = Partial<Record<'name' | 'planned' | 'actual', string>>;

export default function ExpenseCard({ expenses, currency, actions }: ExpenseCardProps) {
  const narrow = useViewportWidth() < 640;
  const [name, setName] = useState<string>('');
  const [category, setCategory] = useState<CategoryId>('groceries');
  const [planned, setPlanned] = useState<string>('');
  const [actual, setActual] = useState<string>('');
  const [errors, setErrors] = useState<Errors>({});
  const m = (n: number) => formatMoney(n, currency);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next: Errors = {};
    if (name.trim().length < 2) next.name = 'Give the expense a name.';
    const p = amountProblem(planned);
    if (p) next.planned = p;
    const a = amountProblem(actual, false);
    if (a) next.actual = a;
    setErrors(next);
    if (Object.keys(next).length) return;
    actions.addExpense({ name: name.trim().slice(0, 60), category, planned: parseAmount(planned) ?? 0, actual: actual.trim() ? parseAmount(actual) ?? 0 : 0 });
    setName('');
    setPlanned('');
    setActual('');
  };

  const columns = narrow ? 'minmax(0, 1fr) minmax(0, 1fr) 34px' : 'minmax(0, 1fr) 120px 120px 34px';
  const field = (invalid: boolean) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '10px 12px', borderRadius: 10, border: `1.5px solid ${invalid ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body });
  const caption = { display: 'block', fontSize: 11, fontWeight: 700, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.05em', margin: '0 0 3px 2px' } as const;
  const smallLabel = { display: 'block', fontSize: 13, fontWeight: 700, marginBottom: 4 } as const;

  return (
    <section aria-label="Expenses" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>🧾 Expenses</h2>
      {!narrow && (
        <div aria-hidden="true" style={{ display: 'grid', gridTemplateColumns: columns, gap: 8, fontSize: 12, fontWeight: 700, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.05em', marginTop: 12, padding: '0 0 6px' }}>
          <span>Item</span>
          <span style={{ textAlign: 'right', paddingRight: 10 }}>Planned</span>
          <span style={{ textAlign: 'right', paddingRight: 10 }}>Spent</span>
          <span />
        </div>
      )}
      {expenses.length === 0 && <p style={{ color: theme.muted }}>No expenses planned yet. Add rent, groceries, bills and savings below.</p>}
      {CATEGORIES.map((c) => {
        const items = expenses.filter((e) => e.category === c.id);
        if (items.length === 0) return null;
        const p = items.reduce((s, e) => s + e.planned, 0);
        const a = items.reduce((s, e) => s + e.actual, 0);
        return (
          <div key={c.id} data-testid={`group-${c.id}`} style={{ marginTop: 10 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, padding: '8px 10px', borderRadius: 10, background: theme.subtle, fontWeight: 700, fontSize: 14, flexWrap: 'wrap' }}>
              <span>{c.icon} {c.label}</span>
              <span style={{ color: a > p ? theme.danger : theme.muted, fontVariantNumeric: 'tabular-nums' }}>{m(a)} of {m(p)}</span>
            </div>
            {items.map((e) => {
              const over = e.actual > e.planned;
              const share = e.planned > 0 ? Math.min(1, e.actual / e.planned) : e.actual > 0 ? 1 : 0;
              return (
                <div key={e.id} data-testid="expense-row" data-name={e.name} style={{ display: 'grid', gridTemplateColumns: columns, gap: 8, alignItems: 'center', padding: '8px 0 8px 10px', borderBottom: `1px solid ${theme.border}` }}>
                  <div style={{ minWidth: 0, gridColumn: narrow ? '1 / -1' : undefined }}>
                    <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                      {e.name} {over && <span style={{ color: theme.danger, fontSize: 12, fontWeight: 800, marginLeft: 4 }}>+{m(e.actual - e.planned)} over</span>}
                    </div>
                    <div aria-hidden="true" style={{ height: 4, borderRadius: 999, background: theme.subtle, marginTop: 6, maxWidth: 240, overflow: 'hidden' }}>
                      <div style={{ width: `${share * 100}%`, height: '100%', background: over ? theme.danger : alpha(theme.primary, 0.8) }} />
                    </div>
                  </div>
                  <div style={{ minWidth: 0 }}>
                    {narrow && <span aria-hidden="true" style={caption}>Planned</span>}
                    <AmountInput value={e.planned} label={`Planned for ${e.name}`} testId="planned-input" onCommit={(n) => actions.updateExpense(e.id, { planned: n })} />
                  </div>
                  <div style={{ minWidth: 0 }}>
                    {narrow && <span aria-hidden="true" style={caption}>Spent</span>}
                    <AmountInput value={e.actual} label={`Spent on ${e.name}`} testId="actual-input" onCommit={(n) => actions.updateExpense(e.id, { actual: n })} />
                  </div>
                  <button type="button" data-testid="delete-expense" aria-label={`Delete ${e.name}`} onClick={() => actions.deleteExpense(e.id)} style={{ width: 34, height: 34, borderRadius: 8, border: 'none', background: 'transparent', color: theme.muted, fontSize: 18, cursor: 'pointer', alignSelf: 'end' }}>×</button>
                </div>
              );
            })}
          </div>
        );
      })}
      <form onSubmit={submit} noValidate aria-label="Add an expense" style={{ marginTop: 18, padding: 14, borderRadius: 14, background: theme.tint, display: 'grid', gridTemplateColumns: narrow ? 'repeat(2, minmax(0, 1fr))' : 'minmax(0, 2fr) minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1fr) auto', gap: 10, alignItems: 'start' }}>
        <div style={{ gridColumn: narrow ? '1 / -1' : undefined }}>
          <label htmlFor="exp-name" style={smallLabel}>New expense</label>
          <input id="exp-name" data-testid="add-expense-name" placeholder="e.g. Car service" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} style={field(!!errors.name)} />
          {errors.name && <p role="alert" style={{ margin: '4px 0 0', color: theme.danger, fontSize: 13 }}>{errors.name}</p>}
        </div>
        <div style={{ gridColumn: narrow ? '1 / -1' : undefined }}>
          <label htmlFor="exp-cat" style={smallLabel}>Category</label>
          <select id="exp-cat" data-testid="add-expense-category" value={category} onChange={(e) => setCategory(e.target.value as CategoryId)} style={{ ...field(false), padding: '9px 8px' }}>
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>{c.icon} {c.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="exp-planned" style={smallLabel}>Planned</label>
          <input id="exp-planned" data-testid="add-expense-planned" inputMode="decimal" placeholder="0.00" value={planned} onChange={(e) => setPlanned(e.target.value)} aria-invalid={!!errors.planned} style={{ ...field(!!errors.planned), textAlign: 'right' }} />
          {errors.planned && <p role="alert" style={{ margin: '4px 0 0', color: theme.danger, fontSize: 13 }}>{errors.planned}</p>}
        </div>
        <div>
          <label htmlFor="exp-actual" style={smallLabel}>Spent so far</label>
          <input id="exp-actual" data-testid="add-expense-actual" inputMode="decimal" placeholder="0.00" value={actual} onChange={(e) => setActual(e.target.value)} aria-invalid={!!errors.actual} style={{ ...field(!!errors.actual), textAlign: 'right' }} />
          {errors.actual && <p role="alert" style={{ margin: '4px 0 0', color: theme.danger, fontSize: 13 }}>{errors.actual}</p>}
        </div>
        <div style={{ gridColumn: narrow ? '1 / -1' : undefined, paddingTop: narrow ? 0 : 21 }}>
          <button type="submit" data-testid="add-expense-submit" style={{ width: '100%', padding: '11px 14px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
            + Add
          </button>
        </div>
      </form>
    </section>
  );
}
