import { theme } from '../theme';

interface TimerControlsProps {
  running: boolean;
  atStart: boolean;
  onStart: () => void;
  onPause: () => void;
  onReset: () => void;
  onSkip: () => void;
}

export default function TimerControls({ running, atStart, onStart, onPause, onReset, onSkip }: TimerControlsProps) {
  const secondary = {
    width: 52,
    height: 52,
    borderRadius: '50%',
    border: `2px solid ${theme.border}`,
    background: 'transparent',
    color: theme.text,
    fontWeight: 700,
    fontSize: 20,
    cursor: 'pointer',
    fontFamily: theme.body,
  } as const;

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, justifyContent: 'center', alignItems: 'center' }}>
      <button type="button" data-testid="reset-button" aria-label="Reset" title="Reset (R)" onClick={onReset} disabled={atStart && !running} style={{ ...secondary, opacity: atStart && !running ? 0.45 : 1, cursor: atStart && !running ? 'default' : 'pointer' }}>
        ↺
      </button>
      <button
        type="button"
        data-testid="start-button"
        onClick={running ? onPause : onStart}
        title="Start or pause (Space)"
        style={{ minWidth: 150, padding: '16px 28px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 18, cursor: 'pointer', boxShadow: theme.shadow, fontFamily: theme.body }}
      >
        {running ? '❚❚ Pause' : atStart ? '▶ Start' : '▶ Resume'}
      </button>
      <button type="button" data-testid="skip-button" aria-label="Skip to the next session" title="Skip to the next session" onClick={onSkip} style={secondary}>
        ⏭
      </button>
    </div>
  );
}
