import type { Category, Precision, Unit } from '../units';
import { convert, formatNumber, parseValue } from '../units';
import { theme } from '../theme';

interface AllUnitsTableProps {
  category: Category;
  from: Unit;
  input: string;
  precision: Precision;
}

export default function AllUnitsTable({ category, from, input, precision }: AllUnitsTableProps) {
  const { value } = parseValue(input, category, from);
  if (value === null) return null;

  return (
    <section aria-label="In every unit" style={{ background: theme.surface, borderRadius: theme.radius + 6, border: `1px solid ${theme.border}`, padding: 'clamp(18px, 3vw, 26px)' }}>
      <h2 style={{ margin: '0 0 14px', fontFamily: theme.heading, fontSize: 20 }}>
        {formatNumber(value, 'auto')} {from.symbol} in every {category.label.toLowerCase()} unit
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 270px), 1fr))', gap: 8 }}>
        {category.units.map((u) => {
          const isSource = u.id === from.id;
          return (
            <div
              key={u.id}
              style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12, padding: '10px 14px', borderRadius: 12, background: isSource ? theme.tint : theme.subtle, border: `1px solid ${isSource ? theme.primary : 'transparent'}` }}
            >
              <span style={{ fontSize: 14, color: theme.muted, flexShrink: 0 }}>{u.label}</span>
              <span style={{ fontSize: 16, fontWeight: 700, textAlign: 'right', overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' }}>
                {formatNumber(convert(value, from, u), precision)} <span style={{ fontWeight: 500, color: theme.muted }}>{u.symbol}</span>
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
