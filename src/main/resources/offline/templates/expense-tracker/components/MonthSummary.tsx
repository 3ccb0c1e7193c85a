import type { Entry } from '../ledger';
import { formatCents, monthKey, monthTitle, shiftMonth, toISODate } from '../ledger';
import { theme } from '../theme';
import CategoryDonut from './CategoryDonut';

interface MonthSummaryProps {
  month: string;
  entries: Entry[];
  onMonth: (month: string) => void;
}

export default function MonthSummary({ month, entries, onMonth }: MonthSummaryProps) {
  const income = entries.filter((e) => e.kind === 'income').reduce((s, e) => s + e.cents, 0);
  const spent = entries.filter((e) => e.kind === 'expense').reduce((s, e) => s + e.cents, 0);
  const balance = income - spent;
  const byCategory = new Map<string, number>();
  for (const e of entries) if (e.kind === 'expense') byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + e.cents);
  const slices = [...byCategory.entries()].map(([category, cents]) => ({ category, cents })).sort((a, b) => b.cents - a.cents);
  const isCurrent = month === monthKey(toISODate(new Date()));

  const nav = { width: 40, height: 40, borderRadius: '50%', border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 18, cursor: 'pointer' } as const;
  const stat = (label: string, value: string, color: string, testId: string) => (
    <div style={{ padding: '14px 16px', borderRadius: 16, background: theme.subtle, minWidth: 0 }}>
      <div style={{ fontSize: 13, color: theme.muted, fontWeight: 600 }}>{label}</div>
      <div data-testid={testId} style={{ fontSize: 'clamp(18px, 2.2vw, 24px)', fontWeight: 800, color, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{value}</div>
    </div>
  );

  return (
    <section aria-label="Month overview" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 22, padding: 'clamp(16px, 3vw, 26px)', boxShadow: theme.shadow, display: 'grid', gap: 18 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <button type="button" aria-label="Previous month" data-testid="prev-month" onClick={() => onMonth(shiftMonth(month, -1))} style={nav}>‹</button>
        <h2 data-testid="month" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22, minWidth: 170, textAlign: 'center' }}>{monthTitle(month)}</h2>
        <button type="button" aria-label="Next month" data-testid="next-month" onClick={() => onMonth(shiftMonth(month, 1))} style={nav}>›</button>
        {!isCurrent && (
          <button type="button" onClick={() => onMonth(monthKey(toISODate(new Date())))} style={{ border: 'none', background: 'none', color: theme.primaryOnSurface, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body, fontSize: 14 }}>
            Back to this month
          </button>
        )}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'center' }}>
        <div style={{ flex: '3 1 460px', minWidth: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))', gap: 12 }}>
          {stat('Income', formatCents(income), theme.success, 'income-total')}
          {stat('Expenses', formatCents(spent), theme.danger, 'expense-total')}
          {stat('Balance', `${balance < 0 ? '−' : ''}${formatCents(Math.abs(balance))}`, balance < 0 ? theme.danger : theme.text, 'balance')}
        </div>
        <div style={{ flex: '2 1 300px', minWidth: 0 }}>
          <CategoryDonut slices={slices} />
        </div>
      </div>
      {income > 0 && (
        <p style={{ margin: 0, fontSize: 14, color: theme.muted }}>
          {spent <= income ? `You kept ${Math.round((balance / income) * 100)} % of this month’s income.` : `Spending is ${formatCents(spent - income)} above income this month.`}
        </p>
      )}
    </section>
  );
}
