import { theme, mix } from '../theme';
import { formatCents, iconFor } from '../ledger';

interface CategoryDonutProps {
  slices: { category: string; cents: number }[];
}

const R = 70;
const STROKE = 26;
const C = 2 * Math.PI * R;

export default function CategoryDonut({ slices }: CategoryDonutProps) {
  const total = slices.reduce((s, x) => s + x.cents, 0);
  const colors = slices.map((_, i) => mix(theme.primary, theme.accent, slices.length <= 1 ? 1 : 1 - i / (slices.length - 1)));
  let offset = 0;

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'center' }}>
      <svg viewBox="0 0 200 200" width={170} height={170} role="img" aria-label={total ? `Spending by category: ${slices.map((s) => `${s.category} ${formatCents(s.cents)}`).join(', ')}` : 'No spending this month'} style={{ flexShrink: 0 }}>
        <circle cx={100} cy={100} r={R} fill="none" stroke={theme.subtle} strokeWidth={STROKE} />
        {total > 0 &&
          slices.map((s, i) => {
            const length = (s.cents / total) * C;
            const dash = `${Math.max(0, length - 2)} ${C}`;
            const el = (
              <circle key={s.category} cx={100} cy={100} r={R} fill="none" stroke={colors[i]} strokeWidth={STROKE} strokeDasharray={dash} strokeDashoffset={-offset} transform="rotate(-90 100 100)">
                <title>{`${s.category}: ${formatCents(s.cents)}`}</title>
              </circle>
            );
            offset += length;
            return el;
          })}
        <text x={100} y={96} textAnchor="middle" fontSize={12} fill={theme.muted}>Spent</text>
        <text x={100} y={116} textAnchor="middle" fontSize={17} fontWeight={800} fill={theme.text}>{formatCents(total)}</text>
      </svg>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6, flex: '1 1 160px', minWidth: 0 }}>
        {slices.length === 0 && <li style={{ color: theme.muted, fontSize: 14 }}>No expenses this month yet.</li>}
        {slices.map((s, i) => (
          <li key={s.category} style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14 }}>
            <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 3, background: colors[i], flexShrink: 0 }} />
            <span style={{ flex: 1, minWidth: 0 }}>{iconFor('expense', s.category)} {s.category}</span>
            <span style={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>{Math.round((s.cents / total) * 100)} %</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
