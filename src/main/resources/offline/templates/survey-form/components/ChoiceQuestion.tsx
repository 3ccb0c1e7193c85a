import { theme } from '../theme';
import { OTHER } from '../survey';
import type { Answers, Question } from '../survey';

type Choice = Extract<Question, { kind: 'single' | 'multi' }>;

interface ChoiceQuestionProps {
  q: Choice;
  answers: Answers;
  onAnswer: (id: string, value: string | string[]) => void;
}

export default function ChoiceQuestion({ q, answers, onAnswer }: ChoiceQuestionProps) {
  const options = q.kind === 'single' && q.other ? [...q.options, OTHER] : q.options;
  const value = answers[q.id];
  const selected: string[] = q.kind === 'multi' ? (Array.isArray(value) ? value : []) : typeof value === 'string' && value ? [value] : [];
  const full = q.kind === 'multi' && selected.length >= q.max;
  const columns = q.kind === 'single' ? q.columns ?? 1 : 2;

  const choose = (option: string) => {
    if (q.kind === 'single') return onAnswer(q.id, option);
    if (selected.includes(option)) return onAnswer(q.id, selected.filter((o) => o !== option));
    if (!full) onAnswer(q.id, [...selected, option]);
  };

  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${columns > 1 ? 220 : 400}px), 1fr))`, gap: 8 }}>
        {options.map((option) => {
          const checked = selected.includes(option);
          const disabled = !checked && full;
          return (
            <label
              key={option}
              style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '12px 14px', borderRadius: 12, border: `1.5px solid ${checked ? theme.primary : theme.border}`, background: checked ? theme.tint : theme.background, cursor: disabled ? 'not-allowed' : 'pointer', opacity: disabled ? 0.55 : 1, fontSize: 15, fontWeight: checked ? 700 : 500, transition: 'border-color 120ms, background 120ms' }}
            >
              <input
                type={q.kind === 'single' ? 'radio' : 'checkbox'}
                name={q.id}
                value={option}
                data-testid={`opt-${q.id}-${option}`}
                checked={checked}
                disabled={disabled}
                onChange={() => choose(option)}
                style={{ width: 18, height: 18, margin: 0, accentColor: theme.primary, flexShrink: 0 }}
              />
              {option}
            </label>
          );
        })}
      </div>
      {q.kind === 'multi' && (
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>{selected.length} of {q.max} picked{full ? ': untick one to change your mind.' : ''}</p>
      )}
      {q.kind === 'single' && value === OTHER && (
        <input
          aria-label={`${q.label}: other`}
          data-testid={`other-${q.id}`}
          autoFocus
          maxLength={120}
          placeholder="Please tell us"
          value={String(answers[`${q.id}:other`] ?? '')}
          onChange={(e) => onAnswer(`${q.id}:other`, e.target.value)}
          style={{ padding: '11px 12px', borderRadius: 10, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body }}
        />
      )}
    </div>
  );
}
