import { theme, alpha } from '../theme';
import type { AnswerRecord } from '../questions';

interface ResultScreenProps {
  answers: AnswerRecord[];
  best: number;
  onRestart: () => void;
  onHome: () => void;
}

function verdict(ratio: number): string {
  if (ratio === 1) return 'A perfect round. Impressive!';
  if (ratio >= 0.8) return 'Excellent: you really know your stuff.';
  if (ratio >= 0.5) return 'Solid work. A few more and you’ll top the table.';
  if (ratio >= 0.3) return 'Not bad. Every round teaches you something new.';
  return 'A tough round. Try again: the questions change every time.';
}

export default function ResultScreen({ answers, best, onRestart, onHome }: ResultScreenProps) {
  const score = answers.filter((a) => a.chosen === a.question.answer).length;
  const total = answers.length;
  const ratio = total ? score / total : 0;
  const isBest = score > 0 && score >= best;

  return (
    <section aria-label="Results" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, boxShadow: theme.shadow, padding: 'clamp(20px, 4vw, 40px)', display: 'grid', gap: 22 }}>
      <div style={{ textAlign: 'center', display: 'grid', gap: 8, justifyItems: 'center' }}>
        <div aria-hidden="true" style={{ fontSize: 56 }}>{ratio >= 0.8 ? '🏆' : ratio >= 0.5 ? '🎉' : '💪'}</div>
        <div data-testid="final-score" style={{ fontFamily: theme.heading, fontSize: 'clamp(40px, 9vw, 64px)', fontWeight: 800, lineHeight: 1 }}>
          {score} / {total}
        </div>
        <p style={{ margin: 0, fontSize: 18 }}>{verdict(ratio)}</p>
        <p style={{ margin: 0, color: theme.muted }}>{isBest ? '🌟 That’s your best score so far!' : `Your best is ${best} / ${total}.`}</p>
      </div>
      <div style={{ display: 'flex', gap: 10, justifyContent: 'center', flexWrap: 'wrap' }}>
        <button type="button" data-testid="play-again" onClick={onRestart} style={{ padding: '14px 28px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          Play again
        </button>
        <button type="button" onClick={onHome} style={{ padding: '14px 24px', borderRadius: 999, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          Back to start
        </button>
      </div>
      <div>
        <h2 style={{ margin: '0 0 10px', fontSize: 18, fontFamily: theme.heading }}>Your answers</h2>
        <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
          {answers.map((a, i) => {
            const ok = a.chosen === a.question.answer;
            return (
              <li key={a.question.id} style={{ display: 'flex', gap: 12, padding: '12px 14px', borderRadius: 12, background: ok ? alpha(theme.success, 0.08) : alpha(theme.danger, 0.06), border: `1px solid ${theme.border}` }}>
                <span aria-label={ok ? 'Correct' : 'Wrong'} style={{ fontWeight: 800, color: ok ? theme.success : theme.danger, flexShrink: 0 }}>{ok ? '✓' : '✗'}</span>
                <div style={{ minWidth: 0 }}>
                  <div style={{ fontWeight: 600 }}>{i + 1}. {a.question.text}</div>
                  <div style={{ fontSize: 14, color: theme.muted }}>
                    {ok ? `You answered ${a.question.options[a.question.answer]}.` : `${a.chosen === null ? 'No answer in time' : `You said ${a.question.options[a.chosen]}`} · correct: ${a.question.options[a.question.answer]}`}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
