import { useId, type FormEvent, type KeyboardEvent } from 'react';

export interface PromptBoxProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  maxLength: number;
  submitting: boolean;
  error?: string;
}

/** Validation shared by the box and its submit button: non-blank and within the server's limit. */
export function promptProblem(value: string, maxLength: number): string | undefined {
  if (!value.trim()) return 'Describe the app you want.';
  if (value.length > maxLength) return `Keep it under ${maxLength} characters (${value.length - maxLength} too many).`;
  return undefined;
}

export function PromptBox({ value, onChange, onSubmit, maxLength, submitting, error }: PromptBoxProps) {
  const id = useId();
  const problem = promptProblem(value, maxLength);
  const tooLong = value.length > maxLength;
  const canSubmit = !problem && !submitting;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (canSubmit) onSubmit();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter submits, Shift+Enter is a newline; never submit mid-composition (IME input).
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="prompt-box" onSubmit={submit} aria-busy={submitting}>
      <label htmlFor={`${id}-prompt`} className="visually-hidden">
        Describe the app you want
      </label>
      <textarea
        id={`${id}-prompt`}
        data-testid="prompt-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        disabled={submitting}
        rows={4}
        placeholder="Describe the app you want… e.g. “A habit tracker with a weekly streak chart”"
        aria-describedby={`${id}-counter ${id}-error`}
        aria-invalid={tooLong || undefined}
        autoFocus
      />
      <div className="prompt-footer">
        <span id={`${id}-counter`} className={`counter${tooLong ? ' counter-over' : ''}`} data-testid="prompt-counter">
          {value.length} / {maxLength}
        </span>
        <span className="hint">Enter to create · Shift+Enter for a new line</span>
        <button type="submit" className="primary" data-testid="prompt-submit" disabled={!canSubmit}>
          {submitting ? 'Creating…' : 'Create app'}
        </button>
      </div>
      <div id={`${id}-error`} role="alert" className="form-error" data-testid="prompt-error">
        {error ?? (tooLong ? problem : null)}
      </div>
    </form>
  );
}
