import { theme, alpha } from '../theme';
import { CURRENCIES, convert, formatMoney, formatRate, rate, symbol } from '../rates';

interface ConverterProps {
  amountText: string;
  amount: number | null;
  error: string | null;
  from: string;
  to: string;
  onAmount: (v: string) => void;
  onFrom: (code: string) => void;
  onTo: (code: string) => void;
  onSwap: () => void;
}

const QUICK = ['1', '20', '100', '500', '1000'];

export default function Converter({ amountText, amount, error, from, to, onAmount, onFrom, onTo, onSwap }: ConverterProps) {
  const select = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <div style={{ flex: '1 1 150px', minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ width: '100%', padding: '12px 10px', borderRadius: 12, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontWeight: 600, fontFamily: theme.body, cursor: 'pointer' }}
      >
        {CURRENCIES.map((c) => (
          <option key={c.code} value={c.code}>{c.code} · {c.name}</option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-label="Converter" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, display: 'grid', gap: 18 }}>
      <div>
        <label htmlFor="amount" style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Amount</label>
        <div style={{ display: 'flex', alignItems: 'center', border: `2px solid ${error ? theme.danger : theme.border}`, borderRadius: 14, background: theme.background }}>
          <span aria-hidden="true" style={{ paddingLeft: 16, color: theme.muted, fontWeight: 700, fontSize: 20 }}>{symbol(from)}</span>
          <input
            id="amount"
            data-testid="amount"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            placeholder="0"
            aria-invalid={error !== null}
            aria-describedby="amount-help"
            onChange={(e) => onAmount(e.target.value)}
            style={{ flex: 1, minWidth: 0, width: '100%', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 28, fontWeight: 800, padding: '12px 12px', fontFamily: theme.body }}
          />
        </div>
        <p id="amount-help" role={error ? 'alert' : undefined} style={{ margin: '6px 0 0', fontSize: 13, minHeight: 18, color: error ? theme.danger : theme.muted }}>{error ?? 'Type any amount, or pick one:'}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
          {QUICK.map((q) => (
            <button
              key={q}
              type="button"
              onClick={() => onAmount(q)}
              style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${amountText === q ? theme.primary : theme.border}`, background: amountText === q ? theme.tint : 'transparent', color: theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
            >
              {Number(q).toLocaleString()}
            </button>
          ))}
        </div>
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 10 }}>
        {select('from', 'From', from, onFrom)}
        <button
          type="button"
          data-testid="swap"
          aria-label="Swap currencies"
          title="Swap currencies"
          onClick={onSwap}
          style={{ width: 48, height: 48, flexShrink: 0, borderRadius: '50%', border: `2px solid ${theme.primary}`, background: theme.tint, color: theme.primaryOnSurface, fontSize: 20, fontWeight: 800, cursor: 'pointer' }}
        >
          ⇄
        </button>
        {select('to', 'To', to, onTo)}
      </div>

      <div aria-live="polite" style={{ borderRadius: theme.radius, background: theme.primaryGradient, color: theme.onPrimary, padding: 'clamp(16px, 3vw, 22px)' }}>
        <div style={{ fontSize: 15, color: alpha(theme.onPrimary, 0.8) }}>{amount !== null ? `${formatMoney(amount, from)} is` : 'Enter an amount'}</div>
        <output data-testid="result" style={{ display: 'block', fontFamily: theme.heading, fontSize: 'clamp(32px, 6vw, 48px)', fontWeight: 800, letterSpacing: '-0.02em', lineHeight: 1.15, overflowWrap: 'anywhere' }}>
          {amount !== null ? formatMoney(convert(amount, from, to), to) : '—'}
        </output>
        <div data-testid="rate-line" style={{ marginTop: 8, fontSize: 14, color: alpha(theme.onPrimary, 0.85), display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
          <span>1 {from} = {formatRate(rate(from, to))} {to}</span>
          <span>1 {to} = {formatRate(rate(to, from))} {from}</span>
        </div>
      </div>
    </section>
  );
}
