import { useRow, useUser } from 'faibric/data';
import { theme } from '../theme';
import { displayName } from '../ui';
import { go, href } from '../route';
import { longDate, posts } from '../blog';
import type { Post } from '../blog';
import { rowFallback } from './States';
import Prose, { readingMinutes } from './Prose';
import Comments from './Comments';
import { RowActions } from './ConfirmButton';
import type { AuthMode } from './SignInForm';

/** One post: cover, title, the text, the admin's edit and delete, and the readers' comments. */
export default function PostPage({ id, onSignIn }: { id: number; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const { row: post, loading, error } = useRow<Post>('posts', id);

  const back = <a href={href()} style={{ color: theme.primaryInk, fontWeight: 600, fontSize: 14 }}>← All posts</a>;
  const fallback = rowFallback({ row: post, loading, error }, 'post', back);
  if (fallback || !post) return fallback;

  return (
    <article aria-labelledby="post-title" style={{ maxWidth: 760, margin: '0 auto', display: 'grid', gap: 22 }}>
      {back}
      <header style={{ display: 'grid', gap: 12 }}>
        {post.topic && <span style={{ color: theme.primaryInk, fontWeight: 700, fontSize: 13, textTransform: 'uppercase', letterSpacing: '0.08em' }}>{post.topic}</span>}
        <h2 id="post-title" data-testid="post-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(30px, 5vw, 46px)', lineHeight: 1.15, overflowWrap: 'anywhere' }}>{post.title}</h2>
        {post.summary && <p style={{ margin: 0, color: theme.muted, fontSize: 19, lineHeight: 1.5 }}>{post.summary}</p>}
        <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>
          By {displayName(post.ownerName)} · {longDate(post.createdAt)} · {readingMinutes(post.body)} min read
        </p>
      </header>
      {post.cover && <img src={post.cover} alt="" style={{ width: '100%', maxHeight: 440, objectFit: 'cover', borderRadius: theme.radius, background: theme.subtle }} />}
      <Prose text={post.body} />
      {user?.admin && <RowActions edit={href('edit', post.id)} deleteLabel="Delete" question="Delete this post for every reader?" onDelete={() => posts.remove(post.id).then(() => go())} testId="post" />}
      <div style={{ borderTop: `1px solid ${theme.border}`, paddingTop: 24 }}>
        <Comments field="post" target={post.id} onSignIn={onSignIn} />
      </div>
    </article>
  );
}
