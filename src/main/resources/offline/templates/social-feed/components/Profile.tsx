import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, displayName, plural } from '../ui';
import { useAction } from '../form';
import { href } from '../route';
import { genuine } from '../social';
import type { Follow, Following, Post } from '../social';
import { Empty, FormError } from './States';
import { Avatar } from './Person';
import PostStream from './PostStream';
import type { AuthMode } from './SignInForm';

/** A person: name, followers, follow, and their posts. */
export default function Profile({ person, following, onSignIn }: { person: number; following: Following; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const followers = useCollection<Follow>('follows', { where: { following: person }, sort: '-createdAt', limit: 200 });
  const latest = useCollection<Post>('posts', { where: { author: person }, limit: 5 });
  const action = useAction();

  const me = user !== null && user.id === person;
  const name = me ? (user?.name ?? null) : (latest.items.find(genuine)?.ownerName ?? following.of(person)?.followingName ?? followers.items[0]?.followingName ?? null);
  const followed = following.of(person) !== undefined;
  const toggle = () => (user ? action.run(() => following.toggle(person, name)) : onSignIn('signup'));

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <a href={href()} style={{ color: theme.primaryInk, fontWeight: 600, fontSize: 14 }}>← Feed</a>
      <section aria-labelledby="profile-name" style={{ ...card, display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        <Avatar name={name} id={person} size={64} />
        <div style={{ flex: 1, minWidth: 180 }}>
          <h2 id="profile-name" data-testid="profile-name" style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{displayName(name)}</h2>
          <p style={{ margin: '4px 0 0', color: theme.muted, fontSize: 14 }}>
            <strong data-testid="follower-count" style={{ color: theme.text }}>{followers.total}</strong> {followers.total === 1 ? 'follower' : 'followers'}
            {me && ` · you follow ${plural(following.ids.length, 'person', 'people')}`}
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
      <PostStream where={{ author: person }} following={following} onSignIn={onSignIn} empty={<Empty icon="📝" title="No posts yet">{me ? 'Your posts will show here.' : 'Nothing posted yet.'}</Empty>} />
    </div>
  );
}
