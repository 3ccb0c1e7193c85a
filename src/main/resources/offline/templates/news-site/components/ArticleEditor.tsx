import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { card, field, label } from '../ui';
import { useRowEditor } from '../form';
import { go, href } from '../route';
import { CATEGORIES, articleProblem, draftOf, valuesOf } from '../news';
import type { Article, ArticleDraft, Category } from '../news';
import { AdminOnly, FormActions, Loading } from './States';

/** Writing or editing a story; only the app's admin (the newsroom) may publish. */
export default function ArticleEditor({ id }: { id: number | null }) {
  const { user, loading: userLoading } = useUser();
  const { draft, setDraft, loading, form } = useRowEditor<Article, ArticleDraft>('articles', id, { draftOf, problem: articleProblem, values: valuesOf, saved: (row) => go('article', row.id) });

  if (userLoading || loading) return <Loading what="the editor" />;
  if (!user?.admin) {
    return <AdminOnly title="Only the newsroom publishes stories" back={<a href={href()} style={{ color: theme.primaryInk, fontWeight: 600 }}>← Top stories</a>} />;
  }

  const text = (key: 'headline' | 'standfirst' | 'body' | 'image' | 'byline') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  return (
    <form onSubmit={form.submit} noValidate data-testid="article-editor" aria-labelledby="editor-title" style={{ ...card, maxWidth: 860, margin: '0 auto', display: 'grid', gap: 16 }}>
      <h2 id="editor-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 26 }}>{id !== null ? 'Edit story' : 'New story'}</h2>
      <label style={label}>
        Headline
        <input data-testid="article-headline" {...text('headline')} style={{ ...field, fontSize: 20, fontFamily: theme.heading }} />
      </label>
      <label style={label}>
        Standfirst (the one or two sentences under the headline)
        <textarea data-testid="article-standfirst" rows={2} {...text('standfirst')} style={{ ...field, resize: 'vertical' }} />
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 14 }}>
        <label style={label}>
          Section
          <select data-testid="article-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value as Category })} style={field}>
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
        </label>
        <label style={label}>
          Byline (optional)
          <input data-testid="article-byline" {...text('byline')} placeholder="e.g. Sam Rivera, Political editor" style={field} />
        </label>
        <label style={label}>
          Picture address (optional)
          <input data-testid="article-image" type="url" {...text('image')} placeholder="https://…" style={field} />
        </label>
      </div>
      <label style={{ ...label, display: 'flex', alignItems: 'center', gap: 10 }}>
        <input type="checkbox" data-testid="article-featured" checked={draft.featured} onChange={(e) => setDraft({ ...draft, featured: e.target.checked })} style={{ width: 18, height: 18 }} />
        Lead story on the front page
      </label>
      <label style={label}>
        Story
        <textarea data-testid="article-body" rows={16} {...text('body')} style={{ ...field, resize: 'vertical', lineHeight: 1.6 }} />
        <span style={{ fontWeight: 400, fontSize: 13, color: theme.muted }}>A blank line starts a new paragraph; start a line with ## for a subheading or &gt; for a quote.</span>
      </label>
      <FormActions form={form} label={id !== null ? 'Save changes' : 'Publish'} cancel={id !== null ? href('article', id) : href()} testId="publish-article" />
    </form>
  );
}
