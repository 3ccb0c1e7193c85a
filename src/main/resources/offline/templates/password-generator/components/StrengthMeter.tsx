import { theme, mix } from '../theme';
import type { Strength } from '../generator';

export default function StrengthMeter({ bits, strength }: { bits: number; strength: Strength }) {
  const colors = [theme.danger, theme.warning, mix(theme.success, theme.warning, 0.6), theme.success];
  const color = colors[strength.level];
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12, flexWrap: 'wrap' }}>
        <span style={{ fontWeight: 700 }}>
          Strength: <span data-testid="strength-label" style={{ color }}>{strength.label}</span>
        </span>
        <span data-testid="entropy" style={{ fontSize: 13, color: theme.muted }}>{Math.round(bits)} bits of randomness</span>
      </div>
      <div role="meter" aria-label="Password strength" aria-valuemin={0} aria-valuemax={128} aria-valuenow={Math.round(bits)} aria-valuetext={strength.label} style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 6 }}>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} style={{ height: 8, borderRadius: 4, background: i <= strength.level ? color : theme.border, transition: 'background 200ms' }} />
        ))}
      </div>
      <p data-testid="crack-time" style={{ margin: 0, fontSize: 14, color: theme.muted }}>
        Time to crack with a fast offline attack: <strong style={{ color: theme.text }}>{strength.crackTime}</strong>
      </p>
    </div>
  );
}
