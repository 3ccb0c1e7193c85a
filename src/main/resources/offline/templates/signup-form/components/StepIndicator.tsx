import { STEPS } from '../signup';
import { theme } from '../theme';

interface StepIndicatorProps {
  step: number;
  onJump: (index: number) => void;
}

export default function StepIndicator({ step, onJump }: StepIndicatorProps) {
  return (
    <ol aria-label="Progress" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: `repeat(${STEPS.length}, 1fr)`, gap: 8 }}>
      {STEPS.map((label, i) => {
        const state = i < step ? 'done' : i === step ? 'current' : 'todo';
        return (
          <li key={label} aria-current={state === 'current' ? 'step' : undefined} style={{ display: 'grid', gap: 8 }}>
            <div aria-hidden="true" style={{ height: 6, borderRadius: 3, background: state === 'todo' ? theme.border : theme.primary }} />
            <button
              type="button"
              disabled={state !== 'done'}
              onClick={() => onJump(i)}
              style={{ display: 'flex', alignItems: 'center', gap: 8, border: 'none', background: 'none', padding: 0, color: state === 'todo' ? theme.muted : theme.text, fontWeight: state === 'current' ? 800 : 600, fontSize: 14, cursor: state === 'done' ? 'pointer' : 'default', fontFamily: theme.body, textAlign: 'left' }}
            >
              <span style={{ width: 24, height: 24, borderRadius: '50%', display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: 800, flexShrink: 0, background: state === 'todo' ? theme.subtle : theme.primary, color: state === 'todo' ? theme.muted : theme.onPrimary }}>
                {state === 'done' ? '✓' : i + 1}
              </span>
              {label}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
