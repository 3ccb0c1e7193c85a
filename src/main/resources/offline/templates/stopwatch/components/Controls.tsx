import { theme } from '../theme';

interface ControlsProps {
  running: boolean;
  hasTime: boolean;
  lapDisabled: boolean;
  onToggle: () => void;
  onLap: () => void;
  onReset: () => void;
}

export default function Controls({ running, hasTime, lapDisabled, onToggle, onLap, onReset }: ControlsProps) {
  const round = (primary: boolean, danger = false) => ({
    width: 112,
    height: 112,
    borderRadius: '50%',
    border: primary ? 'none' : `2px solid ${danger ? theme.danger : theme.borderStrong}`,
    background: primary ? (running ? theme.text : theme.primary) : 'transparent',
    color: primary ? (running ? theme.background : theme.onPrimary) : danger ? theme.danger : theme.text,
    fontSize: 18,
    fontWeight: 800,
    cursor: 'pointer',
    fontFamily: theme.body,
    boxShadow: primary ? theme.shadow : 'none',
    transition: 'background 150ms, color 150ms',
  });
  // While running the left button takes laps; while stopped it resets.
  const secondary = running ? (
    <button type="button" data-testid="lap-button" onClick={onLap} disabled={lapDisabled} style={{ ...round(false), opacity: lapDisabled ? 0.5 : 1 }}>
      Lap
    </button>
  ) : (
    <button type="button" data-testid="reset-button" onClick={onReset} disabled={!hasTime} style={{ ...round(false, hasTime), opacity: hasTime ? 1 : 0.45, cursor: hasTime ? 'pointer' : 'default' }}>
      Reset
    </button>
  );
  return (
    <div style={{ display: 'flex', gap: 'clamp(20px, 6vw, 48px)', justifyContent: 'center' }}>
      {secondary}
      <button type="button" data-testid="start-button" onClick={onToggle} aria-pressed={running} style={round(true)}>
        {running ? 'Stop' : hasTime ? 'Resume' : 'Start'}
      </button>
    </div>
  );
}
