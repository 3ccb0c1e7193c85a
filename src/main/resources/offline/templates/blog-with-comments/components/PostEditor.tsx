import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { card, field, label } from '../ui';
import { useRowEditor } from '../form';
import { go, href } from '../route';
import { BODY_MAX, SUMMARY_MAX, draftOf, postProblem, valuesOf } from '../blog';
import type { Post, PostDraft } from '../blog';
import { AdminOnly, FormActions, Loading } from './States';

/** Writing or editing a post; only the app's admin may publish. */
export default function PostEditor({ id }: { id: number | null }) {
  const { user, loading: userLoading } = useUser();
  const { draft, setDraft, loading, form } = useRowEditor<Post, PostDraft>('posts', id, { draftOf, problem: postProblem, values: valuesOf, saved: (row) => go('post', row.id) });

  if (userLoading || loading) return <Loading what="the editor" />;
  if (!user?.admin) {
    return <AdminOnly title="Only the blog's owner writes posts" back={<a href={href()} style={{ color: theme.primaryInk, fontWeight: 600 }}>← Back to the blog</a>} />;
  }

  const set = (key: keyof PostDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <form onSubmit={form.submit} noValidate data-testid="post-editor" aria-labelledby="editor-title" style={{ ...card, maxWidth: 820, margin: '0 auto', display: 'grid', gap: 16 }}>
      <h2 id="editor-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 26 }}>{id !== null ? 'Edit post' : 'New post'}</h2>
      <label style={label}>
        Title
        <input data-testid="post-title-input" value={draft.title} onChange={set('title')} style={{ ...field, fontSize: 20, fontFamily: theme.heading }} />
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))', gap: 14 }}>
        <label style={label}>
          Topic (optional)
          <input data-testid="post-topic" value={draft.topic} onChange={set('topic')} placeholder="e.g. Travel" style={field} />
        </label>
        <label style={label}>
          Cover image address (optional)
          <input data-testid="post-cover" type="url" value={draft.cover} onChange={set('cover')} placeholder="https://…" style={field} />
        </label>
      </div>
      <label style={label}>
        Summary (optional)
        <textarea data-testid="post-summary" rows={2} value={draft.summary} onChange={set('summary')} style={{ ...field, resize: 'vertical' }} />
        <span style={{ fontWeight: 400, fontSize: 12, textAlign: 'right', color: draft.summary.length > SUMMARY_MAX ? theme.danger : theme.muted }}>{draft.summary.length}/{SUMMARY_MAX}</span>
      </label>
      <label style={label}>
        Post
        <textarea data-testid="post-body" rows={14} value={draft.body} onChange={set('body')} style={{ ...field, resize: 'vertical', lineHeight: 1.6 }} />
        <span style={{ fontWeight: 400, fontSize: 13, color: theme.muted }}>
          A blank line starts a new paragraph; start a line with ## for a subheading or &gt; for a quote. {draft.body.length > BODY_MAX ? `At most ${BODY_MAX} characters.` : ''}
        </span>
      </label>
      <FormActions form={form} label={id !== null ? 'Save changes' : 'Publish'} cancel={id !== null ? href('post', id) : href()} testId="publish-post" />
    </form>
  );
}
