import { theme } from '../theme';
import { CURRENCIES, monthLabel } from '../budget';

interface MonthBarProps {
  month: string;
  isCurrent: boolean;
  currency: string;
  onMonth: (delta: number) => void;
  onToday: () => void;
  onCurrency: (currency: string) => void;
}

export default function MonthBar({ month, isCurrent, currency, onMonth, onToday, onCurrency }: MonthBarProps) {
  const arrow = { width: 40, height: 40, borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 18, fontWeight: 700, cursor: 'pointer', flexShrink: 0 } as const;
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <button type="button" data-testid="prev-month" aria-label="Previous month" onClick={() => onMonth(-1)} style={arrow}>‹</button>
        <h2 data-testid="month-label" aria-live="polite" style={{ margin: 0, minWidth: 150, textAlign: 'center', fontSize: 18, fontFamily: theme.heading }}>{monthLabel(month)}</h2>
        <button type="button" data-testid="next-month" aria-label="Next month" onClick={() => onMonth(1)} style={arrow}>›</button>
      </div>
      {!isCurrent && (
        <button type="button" data-testid="this-month" onClick={onToday} style={{ height: 40, padding: '0 14px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.tint, color: theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
          This month
        </button>
      )}
      <select aria-label="Currency" data-testid="currency" value={currency} onChange={(e) => onCurrency(e.target.value)} style={{ height: 40, padding: '0 10px', borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontWeight: 600, fontFamily: theme.body }}>
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>{c}</option>
        ))}
      </select>
    </div>
  );
}
