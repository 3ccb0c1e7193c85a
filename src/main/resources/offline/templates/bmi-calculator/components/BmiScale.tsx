import { theme, alpha, mix } from '../theme';
import { CATEGORIES } from '../bmi';
import type { Category } from '../bmi';

const MIN = 15;
const MAX = 42;

export function categoryColor(id: Category['id']): string {
  if (id === 'healthy') return theme.success;
  if (id === 'under' || id === 'over') return theme.warning;
  if (id === 'obese1') return mix(theme.danger, theme.warning, 0.6);
  return theme.danger;
}

/** A horizontal scale from BMI 15 to 42, one band per category, with a marker for the result. */
export default function BmiScale({ bmi }: { bmi: number | null }) {
  const pos = (v: number) => ((Math.min(MAX, Math.max(MIN, v)) - MIN) / (MAX - MIN)) * 100;
  const bands = CATEGORIES.map((c, i) => ({ c, from: Math.max(MIN, c.from), to: i < CATEGORIES.length - 1 ? CATEGORIES[i + 1].from : MAX }));

  return (
    <div aria-hidden="true" style={{ position: 'relative', paddingTop: 30 }}>
      {bmi !== null && (
        <div data-testid="scale-marker" style={{ position: 'absolute', top: 0, left: `${pos(bmi)}%`, transform: 'translateX(-50%)', display: 'grid', justifyItems: 'center', transition: 'left 300ms' }}>
          <span style={{ fontSize: 12, fontWeight: 800, background: theme.text, color: theme.background, borderRadius: 6, padding: '1px 6px', whiteSpace: 'nowrap' }}>{bmi.toFixed(1)}</span>
          <span style={{ width: 0, height: 0, borderLeft: '6px solid transparent', borderRight: '6px solid transparent', borderTop: `7px solid ${theme.text}` }} />
        </div>
      )}
      <div style={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', gap: 2 }}>
        {bands.map(({ c, from, to }) => (
          <div key={c.id} title={c.label} style={{ flex: to - from, background: alpha(categoryColor(c.id), 0.75) }} />
        ))}
      </div>
      <div style={{ position: 'relative', height: 18, marginTop: 4, fontSize: 11, color: theme.muted }}>
        {[18.5, 25, 30, 35, 40].map((v) => (
          <span key={v} style={{ position: 'absolute', left: `${pos(v)}%`, transform: 'translateX(-50%)' }}>{v}</span>
        ))}
      </div>
    </div>
  );
}
