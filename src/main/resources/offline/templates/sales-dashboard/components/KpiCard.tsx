import { theme, alpha } from '../theme';

interface KpiCardProps {
  testId: string;
  icon: string;
  label: string;
  value: string;
  period: number;
  delta?: number | null;
  hint?: string;
  /** a word rather than a figure: smaller and allowed to wrap */
  textValue?: boolean;
}

export default function KpiCard({ testId, icon, label, value, period, delta, hint, textValue }: KpiCardProps) {
  const hasDelta = typeof delta === 'number' && Number.isFinite(delta);
  const up = hasDelta && (delta as number) >= 0;
  const color = up ? theme.success : theme.danger;

  return (
    <div data-testid={testId} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 20px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 6, minWidth: 0 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
        <span aria-hidden="true" style={{ width: 36, height: 36, borderRadius: 10, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 18 }}>{icon}</span>
        <span style={{ fontSize: 14, fontWeight: 600, color: theme.muted }}>{label}</span>
      </div>
      <div data-testid={`${testId}-value`} style={{ fontSize: textValue ? 'clamp(19px, 2.2vw, 23px)' : 'clamp(22px, 3vw, 28px)', lineHeight: textValue ? 1.25 : 1.3, minHeight: textValue ? 36 : undefined, display: 'flex', alignItems: 'center', fontWeight: 800, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: textValue ? 'normal' : 'nowrap', fontFamily: theme.heading }}>
        {value}
      </div>
      {hasDelta ? (
        <div style={{ fontSize: 13, color: theme.muted }}>
          <span style={{ color, fontWeight: 700, background: alpha(color, 0.12), padding: '2px 8px', borderRadius: 999, marginRight: 6 }}>
            {up ? '▲' : '▼'} {Math.abs(delta as number).toFixed(1)} %
          </span>
          vs the {period} months before
        </div>
      ) : (
        <div style={{ fontSize: 13, color: theme.muted }}>{hint ?? '\u00a0'}</div>
      )}
    </div>
  );
}
