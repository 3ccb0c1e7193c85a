import { useEffect, useRef, useState } from 'react';
import type { Question } from '../questions';
import { SECONDS_PER_QUESTION } from '../questions';
import { theme, alpha } from '../theme';

interface QuestionCardProps {
  question: Question;
  number: number;
  total: number;
  score: number;
  streak: number;
  timed: boolean;
  /** undefined while unanswered; null when the time ran out */
  chosen: number | null | undefined;
  onAnswer: (choice: number | null) => void;
  onNext: () => void;
}

export default function QuestionCard({ question, number, total, score, streak, timed, chosen, onAnswer, onNext }: QuestionCardProps) {
  const answered = chosen !== undefined;
  const [left, setLeft] = useState<number>(SECONDS_PER_QUESTION * 1000);
  const nextButton = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (!timed || answered) return;
    const deadline = Date.now() + SECONDS_PER_QUESTION * 1000;
    const id = window.setInterval(() => {
      const remaining = Math.max(0, deadline - Date.now());
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(id);
        onAnswer(null);
      }
    }, 100);
    return () => window.clearInterval(id);
    // The timer belongs to this question only; onAnswer is stable enough for that lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timed, answered]);

  useEffect(() => {
    if (answered) nextButton.current?.focus();
  }, [answered]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!answered && /^[1-4]$/.test(e.key)) {
        const i = Number(e.key) - 1;
        if (i < question.options.length) onAnswer(i);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [answered, question, onAnswer]);

  const correct = chosen === question.answer;
  const seconds = Math.ceil(left / 1000);
  const urgent = timed && !answered && seconds <= 5;

  const optionStyle = (i: number) => {
    const isAnswer = i === question.answer;
    const isChosen = i === chosen;
    let border: string = theme.border;
    let background: string = theme.background;
    if (answered && isAnswer) {
      border = theme.success;
      background = alpha(theme.success, 0.12);
    } else if (answered && isChosen) {
      border = theme.danger;
      background = alpha(theme.danger, 0.1);
    }
    return {
      display: 'flex',
      alignItems: 'center',
      gap: 14,
      width: '100%',
      padding: '14px 16px',
      borderRadius: 14,
      border: `2px solid ${border}`,
      background,
      color: theme.text,
      fontSize: 17,
      fontWeight: 600,
      textAlign: 'left' as const,
      cursor: answered ? 'default' : 'pointer',
      opacity: answered && !isAnswer && !isChosen ? 0.55 : 1,
      fontFamily: theme.body,
      transition: 'background 150ms, border-color 150ms',
    };
  };

  return (
    <section aria-label={`Question ${number} of ${total}`} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, boxShadow: theme.shadow, padding: 'clamp(18px, 4vw, 36px)', display: 'grid', gap: 18 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 10, alignItems: 'center', fontSize: 14 }}>
        <span data-testid="progress" style={{ fontWeight: 700 }}>Question {number} of {total}</span>
        <span style={{ display: 'flex', gap: 8 }}>
          <span data-testid="score" style={{ padding: '4px 10px', borderRadius: 999, background: theme.tint, fontWeight: 700 }}>Score {score}</span>
          {streak >= 2 && <span style={{ padding: '4px 10px', borderRadius: 999, background: alpha(theme.warning, 0.15), color: theme.warning, fontWeight: 700 }}>🔥 {streak} in a row</span>}
        </span>
      </div>
      <div aria-hidden="true" style={{ height: 8, borderRadius: 4, background: theme.subtle, overflow: 'hidden' }}>
        <div style={{ width: `${((number - (answered ? 0 : 1)) / total) * 100}%`, height: '100%', background: theme.primary, transition: 'width 300ms' }} />
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
        <span style={{ fontSize: 13, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.08em', color: theme.primaryOnSurface }}>{question.category}</span>
        {timed && (
          <span data-testid="timer" aria-label={`${seconds} seconds left`} style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums', color: urgent ? theme.danger : theme.muted }}>
            ⏱ {answered ? '—' : `${seconds}s`}
          </span>
        )}
      </div>
      <h2 data-testid="question" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(21px, 3.5vw, 28px)', lineHeight: 1.3 }}>{question.text}</h2>
      <div role="group" aria-label="Answers" style={{ display: 'grid', gap: 10 }}>
        {question.options.map((option, i) => (
          <button key={option} type="button" data-testid={`option-${i}`} disabled={answered} onClick={() => onAnswer(i)} style={optionStyle(i)}>
            <span aria-hidden="true" style={{ width: 30, height: 30, borderRadius: 8, background: theme.subtle, display: 'grid', placeItems: 'center', fontSize: 14, fontWeight: 800, flexShrink: 0 }}>
              {answered && i === question.answer ? '✓' : answered && i === chosen ? '✗' : i + 1}
            </span>
            {option}
          </button>
        ))}
      </div>
      {answered && (
        <div role="status" data-testid="feedback" style={{ padding: '14px 16px', borderRadius: 14, background: correct ? alpha(theme.success, 0.1) : alpha(theme.danger, 0.08), border: `1px solid ${correct ? alpha(theme.success, 0.4) : alpha(theme.danger, 0.35)}` }}>
          <p style={{ margin: 0, fontWeight: 800, color: correct ? theme.success : theme.danger }}>
            {correct ? 'Correct!' : chosen === null ? `Time’s up! The answer is ${question.options[question.answer]}.` : `Not quite: it’s ${question.options[question.answer]}.`}
          </p>
          <p style={{ margin: '6px 0 0' }}>{question.explanation}</p>
        </div>
      )}
      {answered && (
        <button ref={nextButton} type="button" data-testid="next" onClick={onNext} style={{ justifySelf: 'end', padding: '14px 28px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          {number === total ? 'See my results' : 'Next question →'}
        </button>
      )}
    </section>
  );
}
