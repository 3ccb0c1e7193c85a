import { useState } from 'react';
import { collection, useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, errorText, field, plural } from '../ui';
import { useSubmit } from '../form';
import type { Row } from 'faibric/data';
import { ErrorNotice, FormError, Loading } from './States';
import { Byline } from './Person';
import { SignInPrompt } from './SignInForm';
import type { AuthMode } from './SignInForm';

interface Comment extends Row {
  body: string;
}

interface CommentsProps {
  /** The reference field that ties a comment to what it is about, e.g. "post". */
  field: string;
  /** The id of the row the comments are about. */
  target: number;
  onSignIn: (mode: AuthMode) => void;
}

const MAX = 3000;
const comments = collection<Comment>('comments');

/**
 * The live comments of one row of the "comments" collection: oldest first, a form for
 * signed-in readers, and delete for the comment's author and the app's admin.
 */
export default function Comments({ field: refField, target, onSignIn }: CommentsProps) {
  const { user } = useUser();
  const { items, total, loading, error, reload } = useCollection<Comment>('comments', { where: { [refField]: target }, sort: 'createdAt', limit: 200 });
  const [body, setBody] = useState<string>('');
  const form = useSubmit(
    () => (!body.trim() ? 'Write something first.' : body.trim().length > MAX ? `Keep comments under ${MAX} characters.` : null),
    async () => {
      await comments.create({ [refField]: target, body: body.trim() });
      setBody('');
    },
  );

  const remove = (id: number) => comments.remove(id).catch((err: unknown) => form.setError(errorText(err)));

  return (
    <section aria-labelledby="comments-title" data-testid="comments" style={{ display: 'grid', gap: 14 }}>
      <h2 id="comments-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>{total === 0 ? 'Comments' : plural(total, 'comment')}</h2>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {loading && items.length === 0 && !error && <Loading what="comments" />}
      {!loading && !error && items.length === 0 && <p style={{ margin: 0, color: theme.muted }}>No comments yet. Start the conversation.</p>}
      <ol data-testid="comment-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
        {items.map((c) => (
          <li key={c.id} data-testid="comment" style={{ ...card, padding: 14, display: 'grid', gap: 8 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
              <Byline name={c.ownerName} owner={c.owner} at={c.createdAt} />
              {user && (user.id === c.owner || user.admin) && (
                <button type="button" aria-label="Delete this comment" onClick={() => remove(c.id)} style={button('ghost', true)}>
                  Delete
                </button>
              )}
            </div>
            <p style={{ margin: 0, whiteSpace: 'pre-wrap', lineHeight: 1.55, overflowWrap: 'anywhere' }}>{c.body}</p>
          </li>
        ))}
      </ol>
      {user ? (
        <form onSubmit={form.submit} noValidate data-testid="comment-form" style={{ display: 'grid', gap: 10 }}>
          <label style={{ display: 'grid', gap: 6, fontWeight: 600, fontSize: 14 }}>
            Add a comment
            <textarea data-testid="comment-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} style={{ ...field, resize: 'vertical', lineHeight: 1.5 }} />
          </label>
          <FormError message={form.error} />
          <button type="submit" data-testid="post-comment" disabled={form.busy} style={{ ...button('primary'), justifySelf: 'start', opacity: form.busy ? 0.7 : 1 }}>
            {form.busy ? 'Posting…' : 'Post comment'}
          </button>
        </form>
      ) : (
        <SignInPrompt text="Sign up or log in to join the conversation." onSignIn={onSignIn} />
      )}
    </section>
  );
}
