import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { PAGE, likesOf } from '../social';
import type { Following, Like, Post } from '../social';
import { ErrorNotice, Loading, MoreButton } from './States';
import PostCard from './PostCard';
import type { AuthMode } from './SignInForm';

interface PostStreamProps {
  /** Which posts, as a data API filter. */
  where: Record<string, unknown>;
  following: Following;
  onSignIn: (mode: AuthMode) => void;
  /** Shown when there are no posts. */
  empty: ReactNode;
}

/** Posts, newest first and live, with their likes, and more on request. */
export default function PostStream({ where, following, onSignIn, empty }: PostStreamProps) {
  const { user } = useUser();
  const [limit, setLimit] = useState<number>(PAGE);
  const key = JSON.stringify(where);
  const options = useMemo(() => ({ where, sort: '-createdAt', limit }), [key, limit]);
  const { items, total, loading, error, reload } = useCollection<Post>('posts', options);
  const ids = items.map((p) => p.id).join(',');
  const likeOptions = useMemo(() => ({ where: { post: { in: ids ? ids.split(',').map(Number) : [0] } }, limit: 200 }), [ids]);
  const { items: pageLikes } = useCollection<Like>('likes', likeOptions);
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
      <MoreButton shown={items.length} total={total} loading={loading} limit={limit} onMore={() => setLimit(Math.min(limit + PAGE, 200))} label="Show older posts" />
    </div>
  );
}
