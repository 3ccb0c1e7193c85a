import { theme, alpha } from '../theme';
import { HEALTHY_MAX, HEALTHY_MIN, categoryOf, formatWeight } from '../bmi';
import type { Units } from '../bmi';
import BmiScale, { categoryColor } from './BmiScale';

interface ResultCardProps {
  bmi: number | null;
  heightM: number | null;
  weightKg: number | null;
  units: Units;
}

export default function ResultCard({ bmi, heightM, weightKg, units }: ResultCardProps) {
  const category = bmi !== null ? categoryOf(bmi) : null;
  const color = category ? categoryColor(category.id) : theme.muted;
  const rangeLow = heightM !== null ? HEALTHY_MIN * heightM * heightM : null;
  const rangeHigh = heightM !== null ? HEALTHY_MAX * heightM * heightM : null;

  let distance: string | null = null;
  if (weightKg !== null && rangeLow !== null && rangeHigh !== null) {
    if (weightKg < rangeLow) distance = `${formatWeight(rangeLow - weightKg, units)} below the healthy range`;
    else if (weightKg > rangeHigh) distance = `${formatWeight(weightKg - rangeHigh, units)} above the healthy range`;
    else distance = 'Within the healthy range for your height';
  }

  return (
    <section aria-label="Your result" aria-live="polite" style={{ background: theme.surface, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, display: 'grid', gap: 18 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 12 }}>
        <div>
          <div style={{ fontSize: 14, fontWeight: 600, color: theme.muted }}>Your BMI</div>
          <output data-testid="bmi-value" style={{ display: 'block', fontFamily: theme.heading, fontSize: 'clamp(48px, 10vw, 72px)', fontWeight: 800, lineHeight: 1, letterSpacing: '-0.03em', fontVariantNumeric: 'tabular-nums', color: bmi === null ? theme.muted : theme.text }}>
            {bmi === null ? '—' : bmi.toFixed(1)}
          </output>
        </div>
        {category && (
          <span data-testid="bmi-category" style={{ padding: '8px 14px', borderRadius: 999, fontWeight: 700, fontSize: 15, color: theme.text, background: alpha(color, 0.16), border: `1.5px solid ${alpha(color, 0.6)}` }}>
            {category.label}
          </span>
        )}
      </div>

      <BmiScale bmi={bmi} />

      {category ? (
        <p style={{ margin: 0, fontSize: 15, lineHeight: 1.55 }}>{category.advice}</p>
      ) : (
        <p style={{ margin: 0, fontSize: 15, color: theme.muted }}>Enter your height and weight to see your BMI, its category and the healthy weight range for your height.</p>
      )}

      <div style={{ borderRadius: theme.radius, background: theme.tint, padding: '14px 16px', display: 'grid', gap: 4 }}>
        <div style={{ fontSize: 14, fontWeight: 600, color: theme.muted }}>Healthy weight for your height</div>
        <div data-testid="healthy-range" style={{ fontSize: 22, fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
          {rangeLow !== null && rangeHigh !== null ? `${formatWeight(rangeLow, units)} – ${formatWeight(rangeHigh, units)}` : '—'}
        </div>
        <div data-testid="range-distance" style={{ fontSize: 14, color: distance && !distance.startsWith('Within') ? theme.text : theme.success, fontWeight: 600 }}>
          {distance ?? (heightM !== null ? 'Add your weight to compare.' : 'BMI 18.5 to 24.9')}
        </div>
      </div>
    </section>
  );
}
