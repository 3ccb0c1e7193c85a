import type { Mode } from '../usePomodoro';
import { formatClock, MODE_LABELS } from '../usePomodoro';
import { theme, alpha } from '../theme';

interface ProgressRingProps {
  remaining: number;
  total: number;
  mode: Mode;
  running: boolean;
}

const SIZE = 240;
const STROKE = 14;
const RADIUS = (SIZE - STROKE) / 2 - 4;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export default function ProgressRing({ remaining, total, mode, running }: ProgressRingProps) {
  const progress = total > 0 ? Math.min(1, Math.max(0, 1 - remaining / total)) : 0;
  const color = mode === 'focus' ? theme.primaryOnSurface : theme.accentOnSurface;
  const minutesLeft = Math.ceil(remaining / 60_000);

  return (
    <div
      role="timer"
      aria-label={`${MODE_LABELS[mode]}: ${minutesLeft} minute${minutesLeft === 1 ? '' : 's'} left`}
      style={{ width: 'min(100%, 300px)', aspectRatio: '1 / 1', position: 'relative' }}
    >
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" height="100%" aria-hidden="true">
        <circle cx={SIZE / 2} cy={SIZE / 2} r={RADIUS + STROKE / 2 + 2} fill={alpha(color, 0.06)} />
        <circle cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} fill="none" stroke={theme.border} strokeWidth={STROKE} />
        <circle
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          fill="none"
          stroke={color}
          strokeWidth={STROKE}
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - progress)}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
          style={{ transition: running ? 'stroke-dashoffset 250ms linear' : 'stroke-dashoffset 400ms ease' }}
          opacity={progress === 0 ? 0 : 1}
        />
      </svg>
      <div style={{ position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }}>
        <div data-testid="time-display" style={{ fontFamily: theme.heading, fontSize: 'clamp(44px, 14vw, 64px)', fontWeight: 800, letterSpacing: '-0.03em', fontVariantNumeric: 'tabular-nums', lineHeight: 1 }}>
          {formatClock(remaining)}
        </div>
        <div style={{ marginTop: 8, fontSize: 15, fontWeight: 600, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.12em' }}>
          {running ? MODE_LABELS[mode] : remaining === total ? 'Ready' : 'Paused'}
        </div>
      </div>
    </div>
  );
}
