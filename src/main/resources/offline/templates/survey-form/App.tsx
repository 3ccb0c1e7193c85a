import { useEffect, useState } from 'react';
import { theme, usePageSetup } from './theme';
import { ALL_QUESTIONS, STEPS, clearDraft, isAnswered, loadDraft, loadResponses, saveDraft, saveResponses, stepErrors, visible } from './survey';
import type { Answers, Submission } from './survey';
import ProgressHeader from './components/ProgressHeader';
import StepForm from './components/StepForm';
import ResultsSummary from './components/ResultsSummary';

export default function App() {
  usePageSetup();
  const [draft] = useState(loadDraft);
  const [answers, setAnswers] = useState<Answers>(draft.answers);
  const [step, setStep] = useState<number>(draft.step);
  const [showErrors, setShowErrors] = useState<boolean>(false);
  const [responses, setResponses] = useState<Submission[]>(loadResponses);
  const [submitted, setSubmitted] = useState<Submission | null>(null);

  useEffect(() => {
    if (!submitted) saveDraft(answers, step);
  }, [answers, step, submitted]);

  const current = STEPS[step];
  const errors = stepErrors(current, answers);
  const shown = ALL_QUESTIONS.filter((q) => visible(q, answers));
  const answered = shown.filter((q) => isAnswered(q, answers)).length;
  const numberOf = (id: string) => shown.findIndex((q) => q.id === id) + 1;
  const isLast = step === STEPS.length - 1;

  const go = (next: number) => {
    setStep(next);
    setShowErrors(false);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const onNext = () => {
    if (Object.keys(errors).length > 0) {
      setShowErrors(true);
      const first = current.questions.find((q) => errors[q.id]);
      if (first) window.requestAnimationFrame(() => document.getElementById(`q-${first.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
      return;
    }
    if (!isLast) return go(step + 1);
    // Only the answers to questions that were shown are kept.
    const kept: Answers = {};
    for (const [k, v] of Object.entries(answers)) {
      const q = ALL_QUESTIONS.find((x) => x.id === k.split(':')[0]);
      if (q && visible(q, answers)) kept[k] = v;
    }
    const submission = { at: Date.now(), answers: kept };
    const all = [...responses, submission];
    setResponses(all);
    saveResponses(all);
    clearDraft();
    setSubmitted(submission);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const restart = () => {
    setAnswers({});
    setStep(0);
    setShowErrors(false);
    setSubmitted(null);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: submitted ? 1040 : 780, margin: '0 auto', display: 'grid', gap: 'clamp(18px, 3vw, 28px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        {submitted ? (
          <>
            <ProgressHeader step={STEPS.length} answered={answered} total={shown.length} onJump={() => undefined} />
            <ResultsSummary mine={submitted} all={responses} onRestart={restart} />
          </>
        ) : (
          <>
            <ProgressHeader step={step} answered={answered} total={shown.length} onJump={go} />
            <StepForm
              step={step}
              answers={answers}
              errors={errors}
              showErrors={showErrors}
              numberOf={numberOf}
              onAnswer={(id, value) => setAnswers((prev) => ({ ...prev, [id]: value }))}
              onBack={() => go(step - 1)}
              onNext={onNext}
            />
            <p style={{ margin: 0, fontSize: 13, color: theme.muted, textAlign: 'center' }}>Your answers are saved as you go, so you can come back to finish later.</p>
          </>
        )}
      </div>
    </div>
  );
}
