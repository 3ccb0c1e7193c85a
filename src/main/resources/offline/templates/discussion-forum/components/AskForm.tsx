import { useEffect, useRef, useState } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { card, field, label } from '../ui';
import { useSubmit } from '../form';
import { go, href } from '../route';
import { BODY_MAX, TAGS, TITLE_MAX, questionProblem, questions } from '../forum';
import type { QuestionDraft, Tag } from '../forum';
import { FormActions } from './States';
import { SignInPrompt } from './SignInForm';
import type { AuthMode } from './SignInForm';

/** Asking a question: a title that says it all, the details, and a tag. */
export default function AskForm({ onSignIn }: { onSignIn: (mode: AuthMode) => void }) {
  const { user, loading } = useUser();
  const [draft, setDraft] = useState<QuestionDraft>({ title: '', body: '', tag: 'general' });
  const titleRef = useRef<HTMLInputElement | null>(null);

  const form = useSubmit(
    () => questionProblem(draft),
    async () => {
      const created = await questions.create({ title: draft.title.trim(), body: draft.body.trim(), tag: draft.tag });
      go('q', created.id);
    },
  );

  useEffect(() => {
    titleRef.current?.focus();
  }, [user]);

  if (loading) return null;
  if (!user) {
    return <SignInPrompt text="Sign up or log in to ask the community: it is free and takes a few seconds." onSignIn={onSignIn} />;
  }

  return (
    <form onSubmit={form.submit} noValidate data-testid="ask-form" aria-labelledby="ask-title" style={{ ...card, display: 'grid', gap: 16 }}>
      <div>
        <a href={href()} style={{ color: theme.primaryOnSurface, fontSize: 14, fontWeight: 600 }}>← All questions</a>
        <h2 id="ask-title" style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: 24 }}>Ask the community</h2>
      </div>
      <label style={label}>
        Title
        <input
          ref={titleRef}
          data-testid="question-title"
          value={draft.title}
          maxLength={TITLE_MAX + 20}
          placeholder="e.g. How do I keep sourdough starter alive on holiday?"
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          style={field}
        />
        <span style={{ fontWeight: 400, fontSize: 13, color: theme.muted }}>Say the whole question in one line.</span>
      </label>
      <label style={label}>
        Tag
        <select data-testid="question-tag" value={draft.tag} onChange={(e) => setDraft({ ...draft, tag: e.target.value as Tag })} style={field}>
          {TAGS.map((t) => (
            <option key={t.id} value={t.id}>{t.label}</option>
          ))}
        </select>
      </label>
      <label style={label}>
        Details
        <textarea
          data-testid="question-body"
          rows={7}
          value={draft.body}
          placeholder="What are you trying to do, what have you tried, and what happened?"
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          style={{ ...field, resize: 'vertical', lineHeight: 1.5 }}
        />
        <span style={{ fontWeight: 400, fontSize: 12, textAlign: 'right', color: draft.body.length > BODY_MAX ? theme.danger : theme.muted }}>
          {draft.body.length}/{BODY_MAX}
        </span>
      </label>
      <FormActions form={form} label="Post question" busyLabel="Posting…" cancel={href()} testId="post-question" />
    </form>
  );
}
