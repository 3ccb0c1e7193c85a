import { theme, alpha } from '../theme';
import { formatMoney } from '../budget';
import type { Totals } from '../budget';

export default function Summary({ totals, currency }: { totals: Totals; currency: string }) {
  const m = (n: number) => formatMoney(n, currency);
  const left = totals.leftToPlan;
  const cards: { id: string; label: string; value: string; note: string; tone?: 'good' | 'bad' | 'hero' }[] = [
    { id: 'total-income', label: 'Income', value: m(totals.income), note: 'Expected this month' },
    { id: 'total-planned', label: 'Planned', value: m(totals.planned), note: totals.income > 0 ? `${Math.round((totals.planned / totals.income) * 100)} % of income` : 'Add income to compare' },
    { id: 'total-spent', label: 'Spent', value: m(totals.spent), note: totals.leftToSpend >= 0 ? `${m(totals.leftToSpend)} of the plan left` : `${m(-totals.leftToSpend)} over the plan`, tone: totals.leftToSpend < 0 ? 'bad' : undefined },
    {
      id: 'left-to-plan',
      label: left >= 0 ? 'Left to plan' : 'Over-planned',
      value: m(Math.abs(left)),
      note: left === 0 ? 'Every dollar has a job 🎯' : left > 0 ? 'Give it a job: savings or a goal' : 'Plans exceed income: trim something',
      tone: 'hero',
    },
    { id: 'savings-rate', label: 'Savings rate', value: totals.savingsRate === null ? '—' : `${Math.round(totals.savingsRate * 100)} %`, note: 'Saved so far ÷ income', tone: totals.savingsRate !== null && totals.savingsRate >= 0.1 ? 'good' : undefined },
  ];
  return (
    <section aria-label="Month summary" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: 'clamp(10px, 1.6vw, 16px)' }}>
      {cards.map((c) => {
        const hero = c.tone === 'hero';
        const ink = hero ? theme.onPrimary : theme.text;
        return (
          <div key={c.id} style={{ background: hero ? (left < 0 ? theme.danger : theme.primaryGradient) : theme.surface, color: hero && left < 0 ? onDanger() : ink, border: hero ? 'none' : `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: '14px 16px', boxShadow: hero ? theme.shadow : theme.shadowSmall, minWidth: 0 }}>
            <div style={{ fontSize: 13, fontWeight: 700, color: hero ? alpha(hero && left < 0 ? onDanger() : ink, 0.85) : theme.muted }}>{c.label}</div>
            <div data-testid={c.id} style={{ fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 28px)', fontWeight: 800, marginTop: 2, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere', color: c.tone === 'bad' ? theme.danger : c.tone === 'good' ? theme.success : undefined }}>{c.value}</div>
            <div style={{ fontSize: 13, marginTop: 2, color: hero ? alpha(hero && left < 0 ? onDanger() : ink, 0.85) : theme.muted }}>{c.note}</div>
          </div>
        );
      })}
    </section>
  );
}

/** Text colour on the danger colour: it is dark red on light palettes and light red on dark ones. */
function onDanger(): string {
  return theme.isDark ? '#1f1111' : '#ffffff';
}
