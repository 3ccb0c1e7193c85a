import { useState } from 'react';
import { PRODUCTS, change, count, money } from '../data';
import type { Totals } from '../data';
import { theme } from '../theme';

type SortKey = 'name' | 'category' | 'units' | 'revenue' | 'share' | 'change';

interface SalesTableProps {
  current: Totals;
  previous: Totals;
}

interface Row {
  id: string;
  name: string;
  category: string;
  units: number;
  revenue: number;
  share: number;
  change: number | null;
}

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Product', numeric: false },
  { key: 'category', label: 'Category', numeric: false },
  { key: 'units', label: 'Units', numeric: true },
  { key: 'revenue', label: 'Revenue', numeric: true },
  { key: 'share', label: 'Share', numeric: true },
  { key: 'change', label: 'Change', numeric: true },
];

export default function SalesTable({ current, previous }: SalesTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'revenue', dir: 'desc' });

  const rows: Row[] = PRODUCTS.map((p, i) => ({
    id: p.id,
    name: p.name,
    category: p.category,
    units: current.byProduct[i].units,
    revenue: current.byProduct[i].revenue,
    share: current.revenue > 0 ? (current.byProduct[i].revenue / current.revenue) * 100 : 0,
    change: change(current.byProduct[i].revenue, previous.byProduct[i].revenue),
  }));

  const sorted = [...rows].sort((a, b) => {
    const av = a[sort.key];
    const bv = b[sort.key];
    let result: number;
    if (typeof av === 'string' && typeof bv === 'string') result = av.localeCompare(bv);
    else result = (av ?? -Infinity) < (bv ?? -Infinity) ? -1 : (av ?? -Infinity) > (bv ?? -Infinity) ? 1 : 0;
    return sort.dir === 'asc' ? result : -result;
  });

  const toggle = (key: SortKey, numeric: boolean) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: numeric ? 'desc' : 'asc' }));

  const cell = { padding: '11px 12px', borderBottom: `1px solid ${theme.border}`, whiteSpace: 'nowrap' as const };

  return (
    <div style={{ overflowX: 'auto', margin: '0 -4px' }}>
      <table data-testid="sales-table" style={{ width: '100%', minWidth: 620, borderCollapse: 'collapse', fontSize: 14, fontVariantNumeric: 'tabular-nums' }}>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} style={{ ...cell, textAlign: c.numeric ? 'right' : 'left', padding: 0 }}>
                  <button
                    type="button"
                    data-testid={`sort-${c.key}`}
                    onClick={() => toggle(c.key, c.numeric)}
                    style={{ width: '100%', padding: '10px 12px', border: 'none', background: 'transparent', color: active ? theme.text : theme.muted, fontWeight: 700, fontSize: 13, cursor: 'pointer', textAlign: c.numeric ? 'right' : 'left', fontFamily: theme.body, textTransform: 'uppercase', letterSpacing: '0.05em' }}
                  >
                    {c.label} <span aria-hidden="true" style={{ opacity: active ? 1 : 0.3 }}>{active && sort.dir === 'asc' ? '↑' : '↓'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} data-testid="sales-row">
              <td style={{ ...cell, fontWeight: 600 }}>{r.name}</td>
              <td style={{ ...cell, color: theme.muted }}>{r.category}</td>
              <td style={{ ...cell, textAlign: 'right' }}>{count.format(r.units)}</td>
              <td style={{ ...cell, textAlign: 'right', fontWeight: 600 }}>{money.format(r.revenue)}</td>
              <td style={{ ...cell, textAlign: 'right' }}>
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, justifyContent: 'flex-end' }}>
                  <span aria-hidden="true" style={{ width: 48, height: 6, borderRadius: 3, background: theme.subtle, overflow: 'hidden', display: 'inline-block' }}>
                    <span style={{ display: 'block', height: '100%', width: `${Math.min(100, r.share * 2)}%`, background: theme.primary }} />
                  </span>
                  <span style={{ minWidth: 52, textAlign: 'right' }}>{r.share.toFixed(1)} %</span>
                </span>
              </td>
              <td style={{ ...cell, textAlign: 'right', fontWeight: 700, color: r.change === null ? theme.muted : r.change >= 0 ? theme.success : theme.danger }}>
                {r.change === null ? '—' : `${r.change >= 0 ? '+' : '−'}${Math.abs(r.change).toFixed(1)} %`}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td style={{ ...cell, fontWeight: 800, borderBottom: 'none' }} colSpan={2}>Total</td>
            <td style={{ ...cell, textAlign: 'right', fontWeight: 800, borderBottom: 'none' }}>{count.format(current.orders)}</td>
            <td style={{ ...cell, textAlign: 'right', fontWeight: 800, borderBottom: 'none' }}>{money.format(current.revenue)}</td>
            <td style={{ ...cell, textAlign: 'right', borderBottom: 'none' }}>100 %</td>
            <td style={{ ...cell, textAlign: 'right', fontWeight: 700, borderBottom: 'none' }}>
              {(() => {
                const c = change(current.revenue, previous.revenue);
                return c === null ? '—' : `${c >= 0 ? '+' : '−'}${Math.abs(c).toFixed(1)} %`;
              })()}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
