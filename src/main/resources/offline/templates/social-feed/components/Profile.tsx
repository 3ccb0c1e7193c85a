import { useMemo } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, displayName, plural } from '../ui';
import { useAction } from '../form';
import { href } from '../route';
import type { Follow, Following } from '../social';
import { Empty, FormError } from './States';
import { Avatar } from './Person';
import PostStream from './PostStream';
import type { AuthMode } from './SignInForm';

/** A person: name, followers and following, follow, and their posts. */
export default function Profile({ person, following, onSignIn }: { person: number | null; following: Following; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const id = person ?? 0;
  const followerOptions = useMemo(() => ({ where: { following: id }, limit: 200 }), [id]);
  const followers = useCollection<Follow>('follows', followerOptions);
  const followingOptions = useMemo(() => ({ where: { owner: id }, limit: 1 }), [id]);
  const theirFollowing = useCollection<Follow>('follows', followingOptions);
  const action = useAction();

  if (person === null) return <Empty icon="🧭" title="Nobody here" action={<a href={href()}>← Back to the feed</a>} />;

  const name = following.of(person)?.followingName ?? followers.items[0]?.followingName ?? theirFollowing.items[0]?.ownerName ?? null;
  const me = user !== null && user.id === person;
  const followed = following.of(person) !== undefined;

  const toggle = () => (user ? action.run(() => following.toggle(person, name)) : onSignIn('signup'));

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <a href={href()} style={{ color: theme.primaryInk, fontWeight: 600, fontSize: 14 }}>← Feed</a>
      <section aria-labelledby="profile-name" style={{ ...card, display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        <Avatar name={me ? (user?.name ?? null) : name} id={person} size={64} />
        <div style={{ flex: 1, minWidth: 180 }}>
          <h2 id="profile-name" data-testid="profile-name" style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{me ? displayName(user?.name) : displayName(name)}</h2>
          <p style={{ margin: '4px 0 0', color: theme.muted, fontSize: 14 }}>
            <strong data-testid="follower-count" style={{ color: theme.text }}>{followers.total}</strong> {followers.total === 1 ? 'follower' : 'followers'} · following <strong style={{ color: theme.text }}>{theirFollowing.total}</strong>
          </p>
          {followers.items.length > 0 && (
            <p style={{ margin: '6px 0 0', color: theme.muted, fontSize: 13 }}>
              Followed by {followers.items.slice(0, 3).map((f) => displayName(f.ownerName)).join(', ')}
              {followers.total > 3 ? ` and ${plural(followers.total - 3, 'other')}` : ''}
            </p>
          )}
        </div>
        {!me && (
          <button type="button" data-testid="profile-follow" aria-pressed={followed} disabled={action.busy} onClick={toggle} style={{ ...button(followed ? 'secondary' : 'primary'), borderRadius: 999 }}>
            {followed ? 'Following' : 'Follow'}
          </button>
        )}
        <FormError message={action.error} />
      </section>
      <PostStream where={{ owner: person }} following={following} onSignIn={onSignIn} empty={<Empty icon="📝" title="No posts yet">{me ? 'Your posts will show here.' : 'Nothing posted yet.'}</Empty>} />
    </div>
  );
}
