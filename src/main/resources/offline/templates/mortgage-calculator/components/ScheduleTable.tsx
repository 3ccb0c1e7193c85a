import { useState } from 'react';
import { theme, useViewportWidth } from '../theme';
import { money, monthYear } from '../mortgage';
import type { Plan } from '../mortgage';

interface ScheduleTableProps {
  plan: Plan;
  currency: string;
  startYear: number;
}

export default function ScheduleTable({ plan, currency, startYear }: ScheduleTableProps) {
  const [view, setView] = useState<'year' | 'month'>('year');
  // On phones the four columns only fit without the calendar suffix and the cents.
  const narrow = useViewportWidth() < 560;
  const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });
  const cell = { padding: narrow ? '8px 6px' : '8px 10px', textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };
  const head = { ...cell, position: 'sticky' as const, top: 0, background: theme.surface, color: theme.muted, fontSize: 12, fontWeight: 700, textTransform: 'uppercase' as const, letterSpacing: '0.04em', borderBottom: `1px solid ${theme.borderStrong}` };

  const tab = (id: 'year' | 'month', label: string) => (
    <button
      type="button"
      data-testid={`view-${id}`}
      aria-pressed={view === id}
      onClick={() => setView(id)}
      style={{ padding: '7px 14px', borderRadius: 9, border: 'none', background: view === id ? theme.primary : 'transparent', color: view === id ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
    >
      {label}
    </button>
  );

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div role="group" aria-label="Schedule view" style={{ display: 'inline-flex', gap: 2, padding: 3, borderRadius: 12, background: theme.subtle, justifySelf: 'start' }}>
        {tab('year', 'By year')}
        {tab('month', 'By month')}
      </div>
      <div style={{ maxHeight: 420, overflow: 'auto', border: `1px solid ${theme.border}`, borderRadius: 12 }}>
        <table data-testid="schedule" style={{ width: '100%', borderCollapse: 'collapse', fontSize: narrow ? 13 : 14 }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...head, textAlign: 'left' }}>{view === 'year' ? 'Year' : 'Payment'}</th>
              <th scope="col" style={head}>Principal</th>
              <th scope="col" style={head}>Interest</th>
              <th scope="col" style={head}>Balance</th>
            </tr>
          </thead>
          <tbody>
            {view === 'year'
              ? plan.years.map((r) => (
                  <tr key={r.year} style={{ borderBottom: `1px solid ${theme.border}` }}>
                    <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>{r.year}{!narrow && <span style={{ color: theme.muted, fontWeight: 400 }}> · {startYear + r.year - 1}</span>}</th>
                    <td style={cell}>{money(r.principal, currency)}</td>
                    <td style={cell}>{money(r.interest, currency)}</td>
                    <td style={{ ...cell, fontWeight: 700 }}>{money(r.balance, currency)}</td>
                  </tr>
                ))
              : plan.rows.map((r) => (
                  <tr key={r.n} style={{ borderBottom: `1px solid ${theme.border}` }}>
                    <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>{narrow ? shortDate.format(r.date) : <>{r.n} <span style={{ color: theme.muted, fontWeight: 400 }}>· {monthYear(r.date)}</span></>}</th>
                    <td style={cell}>{money(r.principal, currency, !narrow)}</td>
                    <td style={cell}>{money(r.interest, currency, !narrow)}</td>
                    <td style={{ ...cell, fontWeight: 700 }}>{money(r.balance, currency, !narrow)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
