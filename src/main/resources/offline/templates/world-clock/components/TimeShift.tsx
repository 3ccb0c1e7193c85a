import { theme } from '../theme';
import { formatClock } from '../time';

interface TimeShiftProps {
  /** minutes added to the current time */
  shift: number;
  instant: Date;
  localZone: string;
  hour12: boolean;
  onShift: (minutes: number) => void;
}

export default function TimeShift({ shift, instant, localZone, hour12, onShift }: TimeShiftProps) {
  const sign = shift > 0 ? '+' : shift < 0 ? '−' : '';
  const abs = Math.abs(shift);
  const label = shift === 0 ? 'Now' : `${sign}${Math.floor(abs / 60)} h${abs % 60 ? ` ${abs % 60} min` : ''}`;
  return (
    <section aria-label="Compare another time" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: 'clamp(14px, 2.5vw, 20px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 10 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 8 }}>
        <label htmlFor="shift" style={{ fontWeight: 700 }}>
          Plan a call: <span style={{ fontWeight: 400, color: theme.muted }}>drag to see every city at another time</span>
        </label>
        <span data-testid="shift-label" style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
          {label}
          {shift !== 0 && <span style={{ fontWeight: 500, color: theme.muted }}> · {formatClock(instant, localZone, hour12)} your time</span>}
        </span>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <input id="shift" data-testid="shift" type="range" min={-720} max={720} step={15} value={shift} onChange={(e) => onShift(Number(e.target.value))} style={{ flex: 1, minWidth: 0, accentColor: theme.primary, margin: 0 }} />
        <button
          type="button"
          data-testid="shift-reset"
          disabled={shift === 0}
          onClick={() => onShift(0)}
          style={{ padding: '7px 14px', borderRadius: 10, border: `1px solid ${theme.borderStrong}`, background: shift === 0 ? 'transparent' : theme.primary, color: shift === 0 ? theme.muted : theme.onPrimary, fontWeight: 700, fontSize: 14, cursor: shift === 0 ? 'default' : 'pointer', fontFamily: theme.body }}
        >
          Now
        </button>
      </div>
      <div aria-hidden="true" style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: theme.muted, marginTop: -4 }}>
        <span>−12 h</span>
        <span>now</span>
        <span>+12 h</span>
      </div>
    </section>
  );
}
