import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { loadBest, newRound, saveBest } from './questions';
import type { AnswerRecord, Question } from './questions';
import StartScreen from './components/StartScreen';
import QuestionCard from './components/QuestionCard';
import ResultScreen from './components/ResultScreen';

type Phase = 'start' | 'playing' | 'done';

export default function App() {
  usePageSetup();
  const [phase, setPhase] = useState<Phase>('start');
  const [questions, setQuestions] = useState<Question[]>([]);
  const [answers, setAnswers] = useState<AnswerRecord[]>([]);
  const [position, setPosition] = useState<number>(0);
  const [timed, setTimed] = useState<boolean>(true);
  const [best, setBest] = useState<number>(loadBest);

  const start = () => {
    setQuestions(newRound());
    setAnswers([]);
    setPosition(0);
    setPhase('playing');
  };

  const record = (chosen: number | null) => {
    if (answers.length > position) return;
    setAnswers((prev) => [...prev, { question: questions[position], chosen }]);
  };

  const score = answers.filter((a) => a.chosen === a.question.answer).length;

  const next = () => {
    if (position + 1 < questions.length) {
      setPosition(position + 1);
      return;
    }
    if (score > best) {
      setBest(score);
      saveBest(score);
    }
    setPhase('done');
  };

  let streak = 0;
  for (let i = answers.length - 1; i >= 0 && answers[i].chosen === answers[i].question.answer; i--) streak++;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 720, margin: '0 auto', display: 'grid', gap: 22, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ textAlign: 'center' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 6vw, 46px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        {phase === 'start' && <StartScreen best={best} timed={timed} onTimed={setTimed} onStart={start} />}
        {phase === 'playing' && questions.length > 0 && (
          <QuestionCard
            key={questions[position].id}
            question={questions[position]}
            number={position + 1}
            total={questions.length}
            score={score}
            streak={streak}
            timed={timed}
            chosen={answers.length > position ? answers[position].chosen : undefined}
            onAnswer={record}
            onNext={next}
          />
        )}
        {phase === 'done' && <ResultScreen answers={answers} best={best} onRestart={start} onHome={() => setPhase('start')} />}
      </div>
    </div>
  );
}
