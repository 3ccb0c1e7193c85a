import { theme, alpha } from '../theme';
import type { Answers, Question } from '../survey';
import ChoiceQuestion from './ChoiceQuestion';
import RatingQuestion from './RatingQuestions';

interface QuestionViewProps {
  q: Question;
  number: number;
  answers: Answers;
  error: string | null;
  onAnswer: (id: string, value: Answers[string]) => void;
}

export default function QuestionView({ q, number, answers, error, onAnswer }: QuestionViewProps) {
  const value = answers[q.id];
  let control;
  switch (q.kind) {
    case 'single':
    case 'multi':
      control = <ChoiceQuestion q={q} answers={answers} onAnswer={onAnswer} />;
      break;
    case 'stars':
    case 'nps':
    case 'matrix':
      control = <RatingQuestion q={q} value={value} onChange={(v) => onAnswer(q.id, v)} />;
      break;
    case 'text': {
      const text = typeof value === 'string' ? value : '';
      const common = {
        id: `input-${q.id}`,
        'data-testid': `text-${q.id}`,
        value: text,
        placeholder: q.placeholder,
        'aria-invalid': error !== null,
        'aria-describedby': `err-${q.id}`,
        style: { width: '100%', boxSizing: 'border-box' as const, padding: '12px 14px', borderRadius: 12, border: `2px solid ${error ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, resize: 'vertical' as const },
      };
      control = (
        <div>
          {q.multiline ? (
            <textarea {...common} rows={5} onChange={(e) => onAnswer(q.id, e.target.value)} />
          ) : (
            <input {...common} type={q.format === 'email' ? 'email' : 'text'} autoComplete={q.format === 'email' ? 'email' : 'name'} onChange={(e) => onAnswer(q.id, e.target.value)} />
          )}
          {q.multiline && <div style={{ textAlign: 'right', fontSize: 12, color: text.length > q.maxLength ? theme.danger : theme.muted, marginTop: 4 }}>{text.length}/{q.maxLength}</div>}
        </div>
      );
      break;
    }
  }

  const labelText = (
    <>
      <span style={{ color: theme.primaryOnSurface, marginRight: 8 }}>{number}.</span>
      {q.label}
      {!q.required && <span style={{ fontWeight: 500, color: theme.muted, fontSize: 14 }}> (optional)</span>}
    </>
  );

  return (
    <fieldset id={`q-${q.id}`} data-testid={`q-${q.id}`} style={{ border: `1px solid ${error ? alpha(theme.danger, 0.6) : 'transparent'}`, borderRadius: 16, padding: error ? 11 : 0, margin: error ? -12 : 0, minWidth: 0, scrollMarginTop: 24, transition: 'padding 120ms' }}>
      <legend style={{ padding: 0, fontWeight: 700, fontSize: 17, lineHeight: 1.4, float: 'left', width: '100%', marginBottom: q.help ? 2 : 12 }}>
        {q.kind === 'text' ? <label htmlFor={`input-${q.id}`}>{labelText}</label> : labelText}
      </legend>
      {q.help && <p style={{ clear: 'both', margin: '0 0 12px', fontSize: 14, color: theme.muted }}>{q.help}</p>}
      <div style={{ clear: 'both' }}>{control}</div>
      <p id={`err-${q.id}`} role={error ? 'alert' : undefined} data-testid={error ? `error-${q.id}` : undefined} style={{ margin: error ? '10px 0 0' : 0, fontSize: 14, fontWeight: 600, color: theme.danger }}>
        {error ? `⚠️ ${error}` : ''}
      </p>
    </fieldset>
  );
}
