import { theme } from '../theme';
import { STEPS, visible } from '../survey';
import type { Answer, Answers } from '../survey';
import QuestionView from './QuestionView';

interface StepFormProps {
  step: number;
  answers: Answers;
  errors: Record<string, string>;
  showErrors: boolean;
  numberOf: (id: string) => number;
  onAnswer: (id: string, value: Answer) => void;
  onBack: () => void;
  onNext: () => void;
}

/** One step of the survey: its questions, the step-level error and Back / Next. */
export default function StepForm({ step, answers, errors, showErrors, numberOf, onAnswer, onBack, onNext }: StepFormProps) {
  const current = STEPS[step];
  const isLast = step === STEPS.length - 1;
  const errorCount = Object.keys(errors).length;
  return (
    <form
      noValidate
      data-testid="survey-form"
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
      style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, padding: 'clamp(18px, 4vw, 36px)', boxShadow: theme.shadow, display: 'grid', gap: 30, minWidth: 0 }}
    >
      <div>
        <div style={{ fontSize: 13, fontWeight: 800, color: theme.primaryOnSurface, textTransform: 'uppercase', letterSpacing: '0.08em' }}>Step {step + 1} of {STEPS.length}</div>
        <h2 data-testid="step-title" style={{ margin: '4px 0 4px', fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 28px)' }}>{current.title}</h2>
        <p style={{ margin: 0, color: theme.muted }}>{current.intro}</p>
      </div>
      {current.questions.filter((q) => visible(q, answers)).map((q) => (
        <QuestionView key={q.id} q={q} number={numberOf(q.id)} answers={answers} error={showErrors ? errors[q.id] ?? null : null} onAnswer={onAnswer} />
      ))}
      {showErrors && errorCount > 0 && (
        <p role="alert" data-testid="step-error" style={{ margin: 0, padding: '10px 14px', borderRadius: 12, background: theme.subtle, color: theme.danger, fontWeight: 700 }}>
          {errorCount === 1 ? 'One question needs an answer' : `${errorCount} questions need an answer`} before you continue.
        </p>
      )}
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', borderTop: `1px solid ${theme.border}`, paddingTop: 20 }}>
        <button type="button" data-testid="back" onClick={onBack} disabled={step === 0} style={{ padding: '13px 20px', borderRadius: 12, border: `1.5px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 16, cursor: step === 0 ? 'not-allowed' : 'pointer', opacity: step === 0 ? 0.4 : 1, fontFamily: theme.body }}>
          ← Back
        </button>
        <button type="submit" data-testid="next" style={{ padding: '13px 26px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body, marginLeft: 'auto' }}>
          {isLast ? 'Send my answers ✓' : 'Next →'}
        </button>
      </div>
    </form>
  );
}
