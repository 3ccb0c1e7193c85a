import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { copyPlan, loadStore, monthKey, monthLabel, newId, saveStore, shiftMonth, totals } from './budget';
import type { Expense, Income, MonthPlan, Store } from './budget';
import MonthBar from './components/MonthBar';
import Summary from './components/Summary';
import IncomeCard from './components/IncomeCard';
import ExpenseCard from './components/ExpenseCard';
import CategoryBars from './components/CategoryBars';

interface Undo {
  label: string;
  store: Store;
}

export default function App() {
  usePageSetup();
  const [initial] = useState(loadStore);
  const [store, setStore] = useState<Store>(initial.store);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);
  const [month, setMonth] = useState<string>(() => monthKey(new Date()));
  const [undo, setUndo] = useState<Undo | null>(null);

  useEffect(() => {
    if (!saveStore(store)) setStorageOk(false);
  }, [store]);
  useEffect(() => {
    if (!undo) return;
    const id = window.setTimeout(() => setUndo(null), 6000);
    return () => window.clearTimeout(id);
  }, [undo]);

  const plan: MonthPlan | undefined = store.months[month];
  const previousKey = shiftMonth(month, -1);
  const previous = store.months[previousKey];

  const update = (fn: (p: MonthPlan) => MonthPlan) =>
    setStore((s) => ({ ...s, months: { ...s.months, [month]: fn(s.months[month] ?? { income: [], expenses: [] }) } }));

  const actions = {
    addIncome: (source: string, amount: number) => update((p) => ({ ...p, income: [...p.income, { id: newId(), source, amount }] })),
    updateIncome: (id: string, patch: Partial<Income>) => update((p) => ({ ...p, income: p.income.map((i) => (i.id === id ? { ...i, ...patch } : i)) })),
    deleteIncome: (id: string) => {
      const item = plan?.income.find((i) => i.id === id);
      setUndo({ label: `Removed “${item?.source ?? 'income'}”.`, store });
      update((p) => ({ ...p, income: p.income.filter((i) => i.id !== id) }));
    },
    addExpense: (draft: Omit<Expense, 'id'>) => update((p) => ({ ...p, expenses: [...p.expenses, { ...draft, id: newId() }] })),
    updateExpense: (id: string, patch: Partial<Expense>) => update((p) => ({ ...p, expenses: p.expenses.map((e) => (e.id === id ? { ...e, ...patch } : e)) })),
    deleteExpense: (id: string) => {
      const item = plan?.expenses.find((e) => e.id === id);
      setUndo({ label: `Removed “${item?.name ?? 'expense'}”.`, store });
      update((p) => ({ ...p, expenses: p.expenses.filter((e) => e.id !== id) }));
    },
  };

  const current = monthKey(new Date());

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1220, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4.5vw, 40px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
          </div>
          <MonthBar
            month={month}
            isCurrent={month === current}
            currency={store.currency}
            onMonth={(delta) => setMonth((m) => shiftMonth(m, delta))}
            onToday={() => setMonth(current)}
            onCurrency={(currency) => setStore((s) => ({ ...s, currency }))}
          />
        </header>
        {!storageOk && (
          <p role="alert" style={{ margin: 0, padding: '10px 14px', borderRadius: 12, background: theme.surface, border: `1px solid ${theme.warning}`, color: theme.warning }}>
            This browser is not letting the app save. Your budget will be lost when you close the page.
          </p>
        )}
        {plan ? (
          <>
            <Summary totals={totals(plan)} currency={store.currency} />
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(14px, 2.2vw, 22px)', alignItems: 'flex-start' }}>
              <div style={{ flex: '2 1 560px', minWidth: 0, display: 'grid', gap: 'clamp(14px, 2.2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
                <IncomeCard income={plan.income} currency={store.currency} actions={actions} />
                <ExpenseCard expenses={plan.expenses} currency={store.currency} actions={actions} />
              </div>
              <div style={{ flex: '1 1 300px', minWidth: 0 }}>
                <CategoryBars totals={totals(plan)} currency={store.currency} />
              </div>
            </div>
          </>
        ) : (
          <section data-testid="empty-month" style={{ background: theme.surface, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius + 6, padding: 'clamp(24px, 5vw, 48px)', textAlign: 'center' }}>
            <div aria-hidden="true" style={{ fontSize: 44 }}>🗓️</div>
            <h2 style={{ fontFamily: theme.heading, margin: '8px 0 6px' }}>No plan for {monthLabel(month)} yet</h2>
            <p style={{ color: theme.muted, margin: '0 auto 20px', maxWidth: 460 }}>
              {previous ? `Start from ${monthLabel(previousKey)}: the same income and planned amounts, with nothing spent yet.` : 'Start with an empty plan and add your income and expenses.'}
            </p>
            <div style={{ display: 'flex', gap: 10, justifyContent: 'center', flexWrap: 'wrap' }}>
              {previous && (
                <button type="button" data-testid="copy-previous" onClick={() => setStore((s) => ({ ...s, months: { ...s.months, [month]: copyPlan(previous) } }))} style={{ padding: '12px 20px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
                  Copy {monthLabel(previousKey, true)} plan
                </button>
              )}
              <button type="button" data-testid="start-empty" onClick={() => setStore((s) => ({ ...s, months: { ...s.months, [month]: { income: [], expenses: [] } } }))} style={{ padding: '12px 20px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
                Start empty
              </button>
            </div>
          </section>
        )}
      </div>
      {undo && (
        <div role="status" style={{ position: 'fixed', left: '50%', bottom: 20, transform: 'translateX(-50%)', display: 'flex', alignItems: 'center', gap: 14, background: theme.text, color: theme.background, padding: '10px 12px 10px 18px', borderRadius: 12, boxShadow: theme.shadow, maxWidth: 'calc(100vw - 32px)', boxSizing: 'border-box', zIndex: 20 }}>
          <span style={{ fontSize: 15, minWidth: 0, overflowWrap: 'anywhere' }}>{undo.label}</span>
          <button type="button" data-testid="undo" onClick={() => { setStore(undo.store); setUndo(null); }} style={{ border: 'none', background: theme.background, color: theme.text, borderRadius: 8, padding: '6px 12px', fontWeight: 800, cursor: 'pointer', fontFamily: theme.body, flexShrink: 0 }}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
