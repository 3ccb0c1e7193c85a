import type { LogEntry } from '../usePomodoro';
import { LONG_BREAK_EVERY, MODE_LABELS } from '../usePomodoro';
import { theme } from '../theme';

interface SessionStatsProps {
  completedFocus: number;
  log: LogEntry[];
  onClear: () => void;
}

export default function SessionStats({ completedFocus, log, onClear }: SessionStatsProps) {
  const focusMinutes = log.filter((e) => e.mode === 'focus').reduce((sum, e) => sum + e.minutes, 0);
  const inCycle = completedFocus % LONG_BREAK_EVERY;
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

  const stat = (value: string, label: string, testId: string) => (
    <div style={{ padding: '12px 14px', borderRadius: 12, background: theme.subtle }}>
      <div data-testid={testId} style={{ fontSize: 26, fontWeight: 800, fontFamily: theme.heading }}>{value}</div>
      <div style={{ fontSize: 13, color: theme.muted }}>{label}</div>
    </div>
  );

  return (
    <section aria-label="Today" style={{ background: theme.surface, borderRadius: theme.radius + 6, border: `1px solid ${theme.border}`, padding: 'clamp(16px, 3vw, 24px)', display: 'grid', gap: 14 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Today</h2>
        {log.length > 0 && (
          <button type="button" onClick={onClear} style={{ border: 'none', background: 'transparent', color: theme.primaryOnSurface, fontWeight: 600, cursor: 'pointer', fontSize: 14, fontFamily: theme.body }}>
            Clear
          </button>
        )}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 10 }}>
        {stat(String(completedFocus), completedFocus === 1 ? 'focus session' : 'focus sessions', 'completed-count')}
        {stat(`${focusMinutes} min`, 'focused', 'focus-minutes')}
      </div>
      <div>
        <div style={{ fontSize: 13, color: theme.muted, marginBottom: 6 }}>
          {LONG_BREAK_EVERY - inCycle} more focus {LONG_BREAK_EVERY - inCycle === 1 ? 'session' : 'sessions'} until a long break
        </div>
        <div aria-hidden="true" style={{ display: 'flex', gap: 6 }}>
          {Array.from({ length: LONG_BREAK_EVERY }, (_, i) => (
            <span key={i} style={{ flex: 1, height: 8, borderRadius: 4, background: i < inCycle ? theme.primary : theme.border }} />
          ))}
        </div>
      </div>
      {log.length === 0 ? (
        <p style={{ margin: 0, fontSize: 14, color: theme.muted }}>Finished sessions will be listed here.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
          {log.map((e) => (
            <li key={e.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 10, fontSize: 14, padding: '8px 0', borderTop: `1px solid ${theme.border}` }}>
              <span>
                {e.mode === 'focus' ? '🎯' : '☕'} {MODE_LABELS[e.mode]} · {e.minutes} min
              </span>
              <span style={{ color: theme.muted }}>{time.format(e.finishedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
