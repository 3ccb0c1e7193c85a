import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, displayName, timeAgo } from '../ui';
import { useAction } from '../form';
import { href } from '../route';
import { likes, posts } from '../social';
import type { Following, Like, Post } from '../social';
import { Avatar } from './Person';
import ConfirmButton from './ConfirmButton';
import { FormError } from './States';
import type { AuthMode } from './SignInForm';

interface PostCardProps {
  post: Post;
  likeCount: number;
  myLike: Like | undefined;
  following: Following;
  onSignIn: (mode: AuthMode) => void;
}

/** One post: who and when, the text and picture, like, follow, and delete for its author. */
export default function PostCard({ post, likeCount, myLike, following, onSignIn }: PostCardProps) {
  const { user } = useUser();
  const action = useAction();
  const mine = user !== null && user.id === post.owner;
  const followed = following.of(post.owner) !== undefined;

  const run = (work: () => Promise<unknown>) => (user ? action.run(work) : onSignIn('signup'));

  return (
    <article data-testid="post" data-post-body={post.body} aria-label={`Post by ${displayName(post.ownerName)}`} style={{ ...card, display: 'grid', gap: 12 }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <a href={href('u', post.owner ?? 0)} style={{ display: 'flex', alignItems: 'center', gap: 10, color: theme.text, textDecoration: 'none', minWidth: 0, flex: 1 }}>
          <Avatar name={post.ownerName} id={post.owner} size={40} />
          <span style={{ minWidth: 0 }}>
            <strong style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{displayName(post.ownerName)}</strong>
            <span style={{ fontSize: 13, color: theme.muted }}>{timeAgo(post.createdAt)}</span>
          </span>
        </a>
        {!mine && post.owner !== null && (
          <button
            type="button"
            data-testid="follow"
            aria-pressed={followed}
            disabled={action.busy}
            onClick={() => run(() => following.toggle(post.owner as number, post.ownerName))}
            style={{ ...button(followed ? 'secondary' : 'primary', true), borderRadius: 999 }}
          >
            {followed ? 'Following' : 'Follow'}
          </button>
        )}
      </header>
      <p style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.55, overflowWrap: 'anywhere' }}>{post.body}</p>
      {post.image && <img src={post.image} alt="" loading="lazy" style={{ width: '100%', maxHeight: 460, objectFit: 'cover', borderRadius: 12, background: theme.subtle }} />}
      <footer style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <button
          type="button"
          data-testid="like"
          aria-pressed={myLike !== undefined}
          aria-label={`${myLike ? 'Unlike' : 'Like'} (${likeCount} ${likeCount === 1 ? 'like' : 'likes'})`}
          disabled={action.busy}
          onClick={() => run(() => (myLike ? likes.remove(myLike.id) : likes.create({ post: post.id })))}
          style={{ ...button('ghost', true), display: 'inline-flex', gap: 6, alignItems: 'center', color: myLike ? theme.danger : theme.muted, background: myLike ? alpha(theme.danger, 0.1) : 'transparent', borderRadius: 999 }}
        >
          <span aria-hidden="true">{myLike ? '♥' : '♡'}</span>
          <span data-testid="like-count">{likeCount}</span>
        </button>
        <span style={{ flex: 1 }} />
        {mine && <ConfirmButton label="Delete" ariaLabel="Delete your post" question="Delete this post?" onConfirm={() => run(() => posts.remove(post.id))} />}
      </footer>
      <FormError message={action.error} />
    </article>
  );
}
