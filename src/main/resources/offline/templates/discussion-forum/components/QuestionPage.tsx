import { useState } from 'react';
import { useCollection, useRow, useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, pill, plural, visuallyHidden } from '../ui';
import { useAction } from '../form';
import { go, href } from '../route';
import { answers, questions, tagOf } from '../forum';
import type { Answer, Question } from '../forum';
import { ErrorNotice, FormError, Loading, rowFallback } from './States';
import type { AuthMode } from './SignInForm';
import AnswerForm from './AnswerForm';
import { Byline } from './Person';
import ConfirmButton from './ConfirmButton';

interface QuestionPageProps {
  id: number;
  onSignIn: (mode: AuthMode) => void;
}

/** One question with its answers (the accepted one first), accepting, answering and deleting. */
export default function QuestionPage({ id, onSignIn }: QuestionPageProps) {
  const { user } = useUser();
  const { row: question, loading, error } = useRow<Question>('questions', id);
  const list = useCollection<Answer>('answers', { where: { question: id }, sort: 'createdAt', limit: 200 });
  const action = useAction();
  const [announcement, setAnnouncement] = useState<string>('');

  const back = <a href={href()} style={{ color: theme.primaryInk, fontSize: 14, fontWeight: 600 }}>← All questions</a>;
  const fallback = rowFallback({ row: question, loading, error }, 'question', back);
  if (fallback || !question) return fallback;

  const asker = user !== null && user.id === question.owner;
  const accepted = question.acceptedAnswer ?? null;
  const sorted = [...list.items].sort((a, b) => (a.id === accepted ? -1 : b.id === accepted ? 1 : 0));
  const t = tagOf(question.tag);

  const act = (work: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await work();
      setAnnouncement(done);
    });

  return (
    <div style={{ display: 'grid', gap: 18 }}>
      {back}
      <article data-testid="question" aria-labelledby="question-title" style={{ ...card, display: 'grid', gap: 12 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span style={pill()}>
            <span aria-hidden="true">{t.icon} </span>
            {t.label}
          </span>
          {accepted !== null && <span style={pill(theme.success)}>✓ Solved</span>}
        </div>
        <h2 id="question-title" data-testid="question-title-text" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 30px)', lineHeight: 1.25, overflowWrap: 'anywhere' }}>
          {question.title}
        </h2>
        <Byline name={question.ownerName} owner={question.owner} at={question.createdAt} verb="Asked" />
        <p data-testid="question-body-text" style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.6, fontSize: 16, overflowWrap: 'anywhere' }}>{question.body}</p>
        {asker && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <ConfirmButton label="Delete question" question="Delete this question for everyone?" testId="delete-question" onConfirm={() => act(() => questions.remove(question.id).then(() => go()), 'Question deleted.')} />
          </div>
        )}
      </article>

      <p aria-live="polite" style={visuallyHidden}>{announcement}</p>
      <FormError message={action.error} />

      <section aria-labelledby="answers-title" style={{ display: 'grid', gap: 12 }}>
        <h3 id="answers-title" data-testid="answers-heading" style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>{plural(list.total, 'answer')}</h3>
        {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
        {list.loading && list.items.length === 0 && !list.error && <Loading what="answers" />}
        {!list.loading && !list.error && list.items.length === 0 && (
          <p style={{ margin: 0, color: theme.muted }}>No answers yet. If you know something that helps, share it below.</p>
        )}
        <ol data-testid="answer-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {sorted.map((a) => {
            const isAccepted = a.id === accepted;
            const mine = user !== null && user.id === a.owner;
            return (
              <li key={a.id} data-testid="answer" data-accepted={isAccepted} style={{ ...card, display: 'grid', gap: 10, borderColor: isAccepted ? theme.success : theme.border, background: isAccepted ? alpha(theme.success, theme.isDark ? 0.1 : 0.05) : theme.surface }}>
                {isAccepted && <span style={{ ...pill(theme.success), justifySelf: 'start' }}>✓ Accepted answer</span>}
                <p style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.6, overflowWrap: 'anywhere' }}>{a.body}</p>
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
                  <Byline name={a.ownerName} owner={a.owner} at={a.createdAt} verb="Answered" />
                  <span style={{ display: 'flex', gap: 8 }}>
                    {asker && (
                      <button
                        type="button"
                        data-testid={isAccepted ? 'unaccept-answer' : 'accept-answer'}
                        aria-pressed={isAccepted}
                        onClick={() => act(() => questions.update(question.id, { acceptedAnswer: isAccepted ? null : a.id }), isAccepted ? 'Answer no longer accepted.' : 'Answer accepted.')}
                        style={button(isAccepted ? 'secondary' : 'primary', true)}
                      >
                        {isAccepted ? 'Unaccept' : '✓ Accept'}
                      </button>
                    )}
                    {mine && <ConfirmButton label="Delete" ariaLabel="Delete your answer" question="Delete your answer?" onConfirm={() => act(() => answers.remove(a.id), 'Answer deleted.')} />}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <AnswerForm question={question.id} signedIn={user !== null} onSignIn={onSignIn} onPosted={() => setAnnouncement('Your answer is posted.')} />
    </div>
  );
}
