import { useState } from 'react';
import type { ReactNode } from 'react';
import { useCollection, useUser } from 'faibric/data';
import type { Where } from 'faibric/data';
import { PAGE, genuine, likesOf } from '../social';
import type { Following, Like, Post } from '../social';
import { ErrorNotice, Loading, MoreButton } from './States';
import PostCard from './PostCard';
import type { AuthMode } from './SignInForm';

interface PostStreamProps {
  /** Which posts, as a data API filter. */
  where: Where;
  following: Following;
  onSignIn: (mode: AuthMode) => void;
  /** Shown when there are no posts. */
  empty: ReactNode;
}

/** Posts, newest first and live, with their likes, and more on request. */
export default function PostStream({ where, following, onSignIn, empty }: PostStreamProps) {
  const { user } = useUser();
  const [limit, setLimit] = useState<number>(PAGE);
  const { items: listed, total, loading, error, reload } = useCollection<Post>('posts', { where, sort: '-createdAt', limit });
  const items = listed.filter(genuine);
  // One request counts the likes of every post on the page (next to nothing when there is none).
  const ids = items.map((p) => p.id);
  const { items: pageLikes } = useCollection<Like>('likes', { where: { post: ids.length ? ids : undefined }, limit: ids.length ? 200 : 1 });
  const counts = likesOf(pageLikes, user?.id ?? null);

  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading && items.length === 0) return <Loading what="posts" />;
  if (items.length === 0) return empty;
  return (
    <div style={{ display: 'grid', gap: 14 }}>
      <div data-testid="feed" style={{ display: 'grid', gap: 14 }}>
        {items.map((p) => (
          <PostCard key={p.id} post={p} likeCount={counts.count(p.id)} myLike={counts.mine(p.id)} following={following} onSignIn={onSignIn} />
        ))}
      </div>
      <MoreButton shown={listed.length} total={total} loading={loading} limit={limit} onMore={() => setLimit(Math.min(limit + PAGE, 200))} label="Show older posts" />
    </div>
  );
}
