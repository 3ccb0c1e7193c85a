import { useState } from 'react';
import { theme } from '../theme';
import { CURRENCIES, convert, currency, formatMoney, formatRate, rate } from '../rates';

interface CompareListProps {
  amount: number | null;
  from: string;
  codes: string[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
  onPick: (code: string) => void;
}

export default function CompareList({ amount, from, codes, onAdd, onRemove, onPick }: CompareListProps) {
  const [adding, setAdding] = useState<string>('');
  const available = CURRENCIES.filter((c) => !codes.includes(c.code));
  const shown = codes.filter((c) => c !== from);

  return (
    <section aria-labelledby="compare-title" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 24px)', boxShadow: theme.shadowSmall, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, alignContent: 'start', minWidth: 0 }}>
      <div>
        <h2 id="compare-title" style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>Your currencies</h2>
        <p style={{ margin: '2px 0 0', fontSize: 13, color: theme.muted }}>{amount !== null ? `${formatMoney(amount, from)} in each. Tap one to convert into it.` : 'Enter an amount to compare.'}</p>
      </div>
      {shown.length === 0 && <p style={{ margin: 0, padding: 16, borderRadius: 12, border: `1px dashed ${theme.border}`, color: theme.muted, fontSize: 14, textAlign: 'center' }}>Add the currencies you use most.</p>}
      <ul data-testid="compare-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 6 }}>
        {shown.map((code) => (
          <li key={code} style={{ display: 'flex', alignItems: 'center', gap: 6, borderRadius: 12, background: theme.subtle }}>
            <button
              type="button"
              onClick={() => onPick(code)}
              style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 12, padding: '10px 12px', border: 'none', background: 'transparent', color: theme.text, cursor: 'pointer', textAlign: 'left', fontFamily: theme.body }}
            >
              <span style={{ width: 44, flexShrink: 0, fontWeight: 800, fontSize: 14, color: theme.primaryOnSurface }}>{code}</span>
              <span style={{ minWidth: 0, flex: 1 }}>
                <span style={{ display: 'block', fontWeight: 700, fontSize: 16, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>{amount !== null ? formatMoney(convert(amount, from, code), code) : '—'}</span>
                <span style={{ display: 'block', fontSize: 12, color: theme.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{currency(code).name} · 1 {from} = {formatRate(rate(from, code))}</span>
              </span>
            </button>
            <button
              type="button"
              aria-label={`Remove ${currency(code).name}`}
              data-testid={`remove-${code}`}
              onClick={() => onRemove(code)}
              style={{ width: 36, height: 36, marginRight: 6, flexShrink: 0, borderRadius: 10, border: 'none', background: 'transparent', color: theme.muted, fontSize: 18, cursor: 'pointer' }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (adding) onAdd(adding);
            setAdding('');
          }}
          style={{ display: 'flex', gap: 8 }}
        >
          <label htmlFor="add-currency" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Currency to add</label>
          <select id="add-currency" data-testid="add-select" value={adding} onChange={(e) => setAdding(e.target.value)} style={{ flex: 1, minWidth: 0, padding: '10px 8px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontFamily: theme.body, fontSize: 15 }}>
            <option value="">Add a currency…</option>
            {available.map((c) => (
              <option key={c.code} value={c.code}>{c.code} · {c.name}</option>
            ))}
          </select>
          <button type="submit" data-testid="add-button" disabled={!adding} style={{ padding: '10px 16px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: adding ? 'pointer' : 'not-allowed', opacity: adding ? 1 : 0.55, fontFamily: theme.body }}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
