import { theme, alpha } from '../theme';
import { CATEGORIES, formatMoney } from '../budget';
import type { Totals } from '../budget';

export default function CategoryBars({ totals, currency }: { totals: Totals; currency: string }) {
  const rows = totals.byCategory.filter((c) => c.planned > 0 || c.actual > 0);
  const max = Math.max(1, ...rows.map((r) => Math.max(r.planned, r.actual)));
  const overCount = rows.filter((r) => r.actual > r.planned).length;

  return (
    <section aria-label="By category" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>By category</h2>
      <p style={{ margin: '4px 0 12px', fontSize: 13, color: theme.muted }}>
        {overCount === 0 ? 'Every category is within its plan.' : `${overCount} ${overCount === 1 ? 'category is' : 'categories are'} over plan.`}
      </p>
      <div style={{ display: 'flex', gap: 14, fontSize: 12, color: theme.muted, marginBottom: 10 }}>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: alpha(theme.text, 0.18), marginRight: 5 }} />Planned</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: theme.primary, marginRight: 5 }} />Spent</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: theme.danger, marginRight: 5 }} />Over</span>
      </div>
      {rows.length === 0 && <p style={{ color: theme.muted }}>Add expenses to see them here.</p>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 14 }}>
        {rows.map((r) => {
          const c = CATEGORIES.find((x) => x.id === r.id);
          const over = r.actual > r.planned;
          return (
            <li key={r.id} data-testid="category-bar" data-over={over}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 14, marginBottom: 5 }}>
                <span style={{ fontWeight: 600 }}>{c?.icon} {c?.label}</span>
                <span style={{ fontVariantNumeric: 'tabular-nums', color: over ? theme.danger : theme.muted, fontWeight: over ? 700 : 400, whiteSpace: 'nowrap' }}>
                  {Math.round(r.planned ? (r.actual / r.planned) * 100 : 100)} %
                </span>
              </div>
              <div role="img" aria-label={`${c?.label}: ${formatMoney(r.actual, currency)} spent of ${formatMoney(r.planned, currency)} planned`} style={{ position: 'relative', height: 14, borderRadius: 999, background: theme.subtle }}>
                <div style={{ position: 'absolute', inset: 0, width: `${(r.planned / max) * 100}%`, borderRadius: 999, background: alpha(theme.text, 0.18) }} />
                <div style={{ position: 'absolute', top: 3, bottom: 3, left: 0, width: `${(Math.min(r.actual, r.planned) / max) * 100}%`, borderRadius: 999, background: theme.primary }} />
                {over && <div style={{ position: 'absolute', top: 3, bottom: 3, left: `${(r.planned / max) * 100}%`, width: `${((r.actual - r.planned) / max) * 100}%`, borderRadius: 999, background: theme.danger }} />}
              </div>
              <div style={{ fontSize: 12, color: theme.muted, marginTop: 4, fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(r.actual, currency)} of {formatMoney(r.planned, currency)}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
