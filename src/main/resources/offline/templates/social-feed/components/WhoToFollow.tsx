import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, card, displayName, errorText } from '../ui';
import { href } from '../route';
import { genuine } from '../social';
import type { Following, Post } from '../social';
import { Avatar } from './Person';

/** People who posted lately and whom the signed-in member does not follow yet. */
export default function WhoToFollow({ following }: { following: Following }) {
  const { user } = useUser();
  const { items } = useCollection<Post>('posts', { sort: '-createdAt', limit: 100 });
  const [error, setError] = useState<string | null>(null);

  const seen = new Set<number>();
  const people: { id: number; name: string | null }[] = [];
  for (const p of items) {
    if (p.owner === null || !genuine(p) || seen.has(p.owner) || p.owner === user?.id || following.of(p.owner)) continue;
    seen.add(p.owner);
    people.push({ id: p.owner, name: p.ownerName });
  }

  return (
    <aside aria-labelledby="who-title" style={{ ...card, display: 'grid', gap: 12, alignContent: 'start' }}>
      <h2 id="who-title" style={{ margin: 0, fontSize: 17, fontFamily: theme.heading }}>Who to follow</h2>
      {people.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{user ? 'You follow everyone who posted lately.' : 'People who post show up here.'}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {people.slice(0, 5).map((p) => (
            <li key={p.id} style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
              <a href={href('u', p.id)} style={{ display: 'flex', alignItems: 'center', gap: 10, flex: 1, minWidth: 0, color: theme.text, textDecoration: 'none' }}>
                <Avatar name={p.name} id={p.id} size={34} />
                <strong style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{displayName(p.name)}</strong>
              </a>
              {user && (
                <button
                  type="button"
                  onClick={() => following.toggle(p.id, p.name).catch((err: unknown) => setError(errorText(err)))}
                  style={{ ...button('secondary', true), borderRadius: 999 }}
                >
                  Follow
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert" style={{ margin: 0, color: theme.danger, fontSize: 13 }}>{error}</p>}
    </aside>
  );
}
