import { useRow, useUser } from 'faibric/data';
import { theme } from '../theme';
import { dateTime, displayName } from '../ui';
import { go, href } from '../route';
import { articles, categoryLabel } from '../news';
import type { Article } from '../news';
import { rowFallback } from './States';
import Prose, { readingMinutes } from './Prose';
import Comments from './Comments';
import { RowActions } from './ConfirmButton';
import type { AuthMode } from './SignInForm';

/** One story: section, headline, standfirst, byline, picture, text, and readers' comments. */
export default function ArticlePage({ id, onSignIn }: { id: number; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const { row: article, loading, error } = useRow<Article>('articles', id);

  const home = <a href={href()} style={{ color: theme.primaryInk, fontWeight: 600 }}>← Top stories</a>;
  const fallback = rowFallback({ row: article, loading, error }, 'story', home);
  if (fallback || !article) return fallback;

  return (
    <article aria-labelledby="headline" style={{ maxWidth: 780, margin: '0 auto', display: 'grid', gap: 20 }}>
      <a href={href('section', article.category)} style={{ color: theme.primaryInk, fontWeight: 800, fontSize: 13, textTransform: 'uppercase', letterSpacing: '0.08em', textDecoration: 'none' }}>
        {categoryLabel(article.category)}
      </a>
      <h2 id="headline" data-testid="headline" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(30px, 5vw, 50px)', lineHeight: 1.1, overflowWrap: 'anywhere' }}>{article.headline}</h2>
      {article.standfirst && <p style={{ margin: 0, fontSize: 'clamp(18px, 2vw, 21px)', color: theme.muted, lineHeight: 1.5 }}>{article.standfirst}</p>}
      <p style={{ margin: 0, fontSize: 14, color: theme.muted, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}`, padding: '10px 0' }}>
        By <strong style={{ color: theme.text }}>{article.byline ?? displayName(article.ownerName)}</strong> · {dateTime(article.createdAt)} · {readingMinutes(article.body)} min read
        {article.updatedAt !== article.createdAt && <> · updated {dateTime(article.updatedAt)}</>}
      </p>
      {article.image && <img src={article.image} alt="" style={{ width: '100%', maxHeight: 480, objectFit: 'cover', borderRadius: 10, background: theme.subtle }} />}
      <Prose text={article.body} />
      {user?.admin && <RowActions edit={href('edit', article.id)} deleteLabel="Withdraw" question="Withdraw this story for every reader?" onDelete={() => articles.remove(article.id).then(() => go())} testId="article" />}
      <div style={{ borderTop: `3px solid ${theme.text}`, paddingTop: 20 }}>
        <Comments field="article" target={article.id} onSignIn={onSignIn} />
      </div>
    </article>
  );
}
