import { useState } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { CURRENCIES, RATES_DATE, formatDate, formatRate, rate } from '../rates';

export default function RatesTable({ base, onPick }: { base: string; onPick: (code: string) => void }) {
  const [query, setQuery] = useState<string>('');
  const narrow = useViewportWidth() < 560;
  const showEur = base !== 'EUR' && !narrow;
  const q = query.trim().toLowerCase();
  const rows = CURRENCIES.filter((c) => c.code !== base && (q === '' || `${c.code} ${c.name}`.toLowerCase().includes(q)));
  const cell = { padding: narrow ? '8px 6px' : '9px 10px', textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };
  const head = { ...cell, color: theme.muted, fontSize: 12, fontWeight: 700, textTransform: 'uppercase' as const, letterSpacing: '0.04em', borderBottom: `1px solid ${theme.borderStrong}` };

  return (
    <section aria-labelledby="rates-title" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 24px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 12, minWidth: 0 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 12 }}>
        <div>
          <h2 id="rates-title" style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>Reference rates</h2>
          <p style={{ margin: '2px 0 0', fontSize: 13, color: theme.muted }}>Sample rates of {formatDate(RATES_DATE)}, against 1 {base}{showEur ? ' and 1 EUR' : ''}</p>
        </div>
        <input
          type="search"
          aria-label="Filter currencies"
          data-testid="rates-search"
          placeholder="🔍 Filter, e.g. yen"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ padding: '9px 12px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body, flex: '0 1 240px', minWidth: 0, boxSizing: 'border-box' }}
        />
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="rates-table" style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...head, textAlign: 'left' }}>Currency</th>
              <th scope="col" style={head}>1 {base} =</th>
              <th scope="col" style={head}>= 1 {base}</th>
              {showEur && <th scope="col" style={head}>1 EUR =</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.code} onClick={() => onPick(c.code)} style={{ borderBottom: `1px solid ${theme.border}`, cursor: 'pointer' }}>
                <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 700, whiteSpace: 'normal' }}>
                  {c.code} <span style={{ fontWeight: 400, color: theme.muted, display: narrow ? 'block' : 'inline', fontSize: narrow ? 12 : 14 }}>{c.name}</span>
                </th>
                <td style={{ ...cell, fontWeight: 700 }}>{formatRate(rate(base, c.code))}</td>
                <td style={cell}>{formatRate(rate(c.code, base))}</td>
                {showEur && <td style={{ ...cell, color: theme.muted }}>{c.code === 'EUR' ? '1' : formatRate(c.perEur)}</td>}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} style={{ padding: 16, textAlign: 'center', color: theme.muted }}>No currency matches “{query}”.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p role="note" style={{ margin: 0, padding: '10px 12px', borderRadius: 10, background: alpha(theme.warning, 0.1), border: `1px solid ${alpha(theme.warning, 0.35)}`, fontSize: 13, color: theme.text }}>
        ⚠️ These are fixed sample rates for illustration, not live market prices. Banks and card providers add their own margin, so check the rate you will actually get before exchanging money.
      </p>
    </section>
  );
}
