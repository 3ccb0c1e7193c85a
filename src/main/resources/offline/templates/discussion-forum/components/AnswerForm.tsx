import { useState } from 'react';
import { theme } from '../theme';
import { button, card, field, label } from '../ui';
import { useSubmit } from '../form';
import { BODY_MAX, answerProblem, answers } from '../forum';
import { FormError } from './States';
import { SignInPrompt } from './SignInForm';
import type { AuthMode } from './SignInForm';

interface AnswerFormProps {
  question: number;
  signedIn: boolean;
  onSignIn: (mode: AuthMode) => void;
  onPosted: () => void;
}

/** Writing an answer; signed-out readers are asked to sign up first. */
export default function AnswerForm({ question, signedIn, onSignIn, onPosted }: AnswerFormProps) {
  const [body, setBody] = useState<string>('');
  const form = useSubmit(
    () => answerProblem(body),
    async () => {
      await answers.create({ question, body: body.trim() });
      setBody('');
      onPosted();
    },
  );

  if (!signedIn) {
    return <SignInPrompt text="Know the answer? Sign up or log in to share it." onSignIn={onSignIn} />;
  }

  return (
    <form onSubmit={form.submit} noValidate data-testid="answer-form" style={{ ...card, display: 'grid', gap: 12 }}>
      <label style={label}>
        Your answer
        <textarea data-testid="answer-body" rows={5} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Share what worked for you, step by step." style={{ ...field, resize: 'vertical', lineHeight: 1.5 }} />
        <span style={{ fontWeight: 400, fontSize: 12, textAlign: 'right', color: body.length > BODY_MAX ? theme.danger : theme.muted }}>
          {body.length}/{BODY_MAX}
        </span>
      </label>
      <FormError message={form.error} />
      <button type="submit" data-testid="post-answer" disabled={form.busy} style={{ ...button('primary'), justifySelf: 'start', opacity: form.busy ? 0.7 : 1 }}>
        {form.busy ? 'Posting…' : 'Post your answer'}
      </button>
    </form>
  );
}
