import type { Category, Precision, Unit } from '../units';
import { convert, describeFactor, formatNumber, parseValue } from '../units';
import { theme, useViewportWidth } from '../theme';

interface ConverterPanelProps {
  category: Category;
  from: Unit;
  to: Unit;
  input: string;
  precision: Precision;
  onInput: (value: string) => void;
  onPrecision: (value: Precision) => void;
  onUnits: (fromId: string, toId: string) => void;
}

const PRECISIONS: { value: Precision; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 0, label: '0 dp' },
  { value: 2, label: '2 dp' },
  { value: 4, label: '4 dp' },
  { value: 6, label: '6 dp' },
];

export default function ConverterPanel({ category, from, to, input, precision, onInput, onPrecision, onUnits }: ConverterPanelProps) {
  const { value, error } = parseValue(input, category, from);
  // Unit names need room: on narrow screens the two selects stack around a vertical swap button.
  const stacked = useViewportWidth() < 560;
  const result = value === null ? null : convert(value, from, to);

  const selectStyle = {
    width: '100%',
    padding: '12px 14px',
    borderRadius: 12,
    border: `2px solid ${theme.border}`,
    background: theme.background,
    color: theme.text,
    fontSize: 16,
    fontFamily: theme.body,
    cursor: 'pointer',
  } as const;
  const labelStyle = { display: 'block', fontSize: 14, fontWeight: 600, color: theme.muted, marginBottom: 6 } as const;

  return (
    <section aria-label={`${category.label} converter`} style={{ background: theme.surface, borderRadius: theme.radius + 6, border: `1px solid ${theme.border}`, boxShadow: theme.shadow, padding: 'clamp(18px, 3vw, 30px)' }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 'clamp(14px, 2.5vw, 24px)', alignItems: 'end' }}>
        <div>
          <label htmlFor="value" style={labelStyle}>Value</label>
          <input
            id="value"
            data-testid="value-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={input}
            onChange={(e) => onInput(e.target.value)}
            aria-invalid={error !== null}
            aria-describedby="value-help"
            style={{ width: '100%', boxSizing: 'border-box', padding: '12px 14px', borderRadius: 12, border: `2px solid ${error ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 24, fontWeight: 700, fontFamily: theme.body, outline: 'none' }}
          />
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: stacked ? 'minmax(0, 1fr)' : 'minmax(0, 1fr) auto minmax(0, 1fr)', gap: 10, alignItems: 'end', justifyItems: stacked ? 'center' : 'stretch' }}>
          <div style={{ width: '100%' }}>
            <label htmlFor="from" style={labelStyle}>From</label>
            <select id="from" data-testid="from-unit" value={from.id} onChange={(e) => onUnits(e.target.value, to.id)} style={selectStyle}>
              {category.units.map((u) => (
                <option key={u.id} value={u.id}>{u.label} ({u.symbol})</option>
              ))}
            </select>
          </div>
          <button
            type="button"
            data-testid="swap-button"
            aria-label="Swap units"
            title="Swap units"
            onClick={() => onUnits(to.id, from.id)}
            style={{ width: 48, height: 48, borderRadius: '50%', border: 'none', background: theme.primary, color: theme.onPrimary, fontSize: 20, cursor: 'pointer', boxShadow: theme.shadowSmall }}
          >
            {stacked ? '⇅' : '⇄'}
          </button>
          <div style={{ width: '100%' }}>
            <label htmlFor="to" style={labelStyle}>To</label>
            <select id="to" data-testid="to-unit" value={to.id} onChange={(e) => onUnits(from.id, e.target.value)} style={selectStyle}>
              {category.units.map((u) => (
                <option key={u.id} value={u.id}>{u.label} ({u.symbol})</option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p id="value-help" role={error ? 'alert' : undefined} style={{ margin: '8px 0 0', minHeight: 20, fontSize: 14, color: error ? theme.danger : theme.muted }}>
        {error ?? (input.trim() === '' ? 'Type a number to convert.' : '\u00a0')}
      </p>

      <div aria-live="polite" style={{ marginTop: 16, padding: 'clamp(18px, 3vw, 26px)', borderRadius: theme.radius, background: theme.primaryGradient, color: theme.onPrimary }}>
        <div style={{ fontSize: 15, opacity: 0.85 }}>
          {value === null ? 'Result' : `${formatNumber(value, 'auto')} ${from.symbol} equals`}
        </div>
        <div data-testid="result" style={{ fontSize: 'clamp(30px, 7vw, 52px)', fontWeight: 800, letterSpacing: '-0.02em', lineHeight: 1.15, wordBreak: 'break-word', fontVariantNumeric: 'tabular-nums' }}>
          {result === null ? '—' : `${formatNumber(result, precision)} ${to.symbol}`}
        </div>
        <div data-testid="formula" style={{ marginTop: 8, fontSize: 14, opacity: 0.85 }}>{describeFactor(category, from, to)}</div>
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between', alignItems: 'center', marginTop: 18 }}>
        <div role="group" aria-label="Precision" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
          <span style={{ fontSize: 14, color: theme.muted, marginRight: 4 }}>Precision</span>
          {PRECISIONS.map((p) => (
            <button
              key={String(p.value)}
              type="button"
              aria-pressed={precision === p.value}
              onClick={() => onPrecision(p.value)}
              style={{ padding: '6px 10px', borderRadius: 999, border: `1px solid ${precision === p.value ? theme.primary : theme.border}`, background: precision === p.value ? theme.tint : 'transparent', color: theme.text, fontSize: 13, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}
            >
              {p.label}
            </button>
          ))}
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
          <span style={{ fontSize: 14, color: theme.muted, marginRight: 4 }}>Try</span>
          {category.examples.map((ex) => {
            const exFrom = category.units.find((u) => u.id === ex.from);
            const exTo = category.units.find((u) => u.id === ex.to);
            if (!exFrom || !exTo) return null;
            return (
              <button
                key={`${ex.value}-${ex.from}-${ex.to}`}
                type="button"
                onClick={() => {
                  onInput(String(ex.value));
                  onUnits(ex.from, ex.to);
                }}
                style={{ padding: '6px 10px', borderRadius: 999, border: `1px solid ${theme.border}`, background: theme.subtle, color: theme.text, fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}
              >
                {ex.value} {exFrom.symbol} → {exTo.symbol}
              </button>
            );
          })}
        </div>
      </div>
    </section>
  );
}
