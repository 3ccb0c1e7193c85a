import { config } from '../config';
import { theme, alpha } from '../theme';
import { STEPS } from '../survey';

interface ProgressHeaderProps {
  step: number;
  answered: number;
  total: number;
  onJump: (step: number) => void;
}

export default function ProgressHeader({ step, answered, total, onJump }: ProgressHeaderProps) {
  const pct = total ? Math.round((answered / total) * 100) : 0;
  return (
    <header style={{ display: 'grid', gap: 16 }}>
      <div>
        <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 40px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
        <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
      </div>
      <ol aria-label="Survey steps" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: `repeat(${STEPS.length}, minmax(0, 1fr))`, gap: 6 }}>
        {STEPS.map((s, i) => {
          const done = i < step;
          const current = i === step;
          return (
            <li key={s.title}>
              <button
                type="button"
                data-testid={`step-${i}`}
                aria-current={current ? 'step' : undefined}
                disabled={!done}
                onClick={() => onJump(i)}
                style={{ width: '100%', padding: 0, border: 'none', background: 'none', textAlign: 'left', cursor: done ? 'pointer' : 'default', color: theme.text, fontFamily: theme.body }}
              >
                <span style={{ display: 'block', height: 6, borderRadius: 3, background: done || current ? theme.primary : theme.border, opacity: current ? 1 : done ? 0.7 : 1 }} />
                <span style={{ display: 'block', marginTop: 6, fontSize: 12, fontWeight: current ? 800 : 600, color: current ? theme.text : theme.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {done ? '✓ ' : `${i + 1}. `}
                  {s.title}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, fontSize: 13, color: theme.muted }}>
        <div role="progressbar" aria-label="Questions answered" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} style={{ flex: 1, height: 4, borderRadius: 2, background: alpha(theme.text, 0.08), overflow: 'hidden' }}>
          <div style={{ width: `${pct}%`, height: '100%', background: theme.accent, transition: 'width 250ms' }} />
        </div>
        <span data-testid="answered">{answered} of {total} answered</span>
      </div>
    </header>
  );
}
