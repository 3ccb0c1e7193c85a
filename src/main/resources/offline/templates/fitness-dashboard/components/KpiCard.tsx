import { theme, alpha } from '../theme';

interface KpiCardProps {
  testId: string;
  icon: string;
  label: string;
  value: string;
  unit: string;
  sub: string;
  delta: number | null;
  lowerIsBetter?: boolean;
  /** 0..1 of the daily goal, drawn as a bar */
  progress?: number;
}

export default function KpiCard({ testId, icon, label, value, unit, sub, delta, lowerIsBetter, progress }: KpiCardProps) {
  const good = delta !== null && (lowerIsBetter ? delta <= 0 : delta >= 0);
  const color = good ? theme.success : theme.danger;
  return (
    <div data-testid={testId} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 20px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 6, minWidth: 0 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <span aria-hidden="true" style={{ width: 36, height: 36, borderRadius: 10, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 18 }}>{icon}</span>
        <span style={{ fontSize: 14, fontWeight: 600, color: theme.muted }}>{label}</span>
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6, flexWrap: 'wrap' }}>
        <span data-testid={`${testId}-value`} style={{ fontSize: 'clamp(24px, 3vw, 30px)', fontWeight: 800, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums', fontFamily: theme.heading }}>{value}</span>
        <span style={{ fontSize: 14, color: theme.muted }}>{unit}</span>
      </div>
      {progress !== undefined && (
        <div aria-hidden="true" style={{ height: 6, borderRadius: 3, background: theme.border, overflow: 'hidden' }}>
          <div style={{ width: `${Math.min(100, progress * 100)}%`, height: '100%', background: progress >= 1 ? theme.success : theme.primary, transition: 'width 300ms' }} />
        </div>
      )}
      <div style={{ fontSize: 13, color: theme.muted, display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        {delta !== null && (
          <span style={{ color, fontWeight: 700, background: alpha(color, 0.12), padding: '2px 8px', borderRadius: 999 }}>
            {Math.abs(delta) < 0.05 ? '=' : delta > 0 ? '▲' : '▼'} {Math.abs(delta).toFixed(1)} %
          </span>
        )}
        <span>{sub}</span>
      </div>
    </div>
  );
}
