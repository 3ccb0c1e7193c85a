import { useState } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { visuallyHidden } from '../ui';
import type { Following } from '../social';
import { Empty } from './States';
import { SignInPrompt } from './SignInForm';
import type { AuthMode } from './SignInForm';
import Composer from './Composer';
import PostStream from './PostStream';

type Tab = 'everyone' | 'following';

/** The home page: write a post, then everyone's posts or those of the people you follow. */
export default function Feed({ following, onSignIn }: { following: Following; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const [tab, setTab] = useState<Tab>('everyone');
  const [announcement, setAnnouncement] = useState<string>('');
  const current: Tab = user ? tab : 'everyone';

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={current === id}
      data-testid={`tab-${id}`}
      onClick={() => setTab(id)}
      style={{ flex: 1, padding: '12px 8px', border: 'none', borderBottom: `3px solid ${current === id ? theme.primary : 'transparent'}`, background: 'transparent', color: current === id ? theme.text : theme.muted, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
    >
      {label}
    </button>
  );

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {user ? <Composer onPosted={() => setAnnouncement('Your post is live.')} /> : <SignInPrompt text="Join to post, like and follow people." onSignIn={onSignIn} />}
      <p aria-live="polite" style={visuallyHidden}>{announcement}</p>
      {user && (
        <div role="tablist" aria-label="Feeds" style={{ display: 'flex', borderBottom: `1px solid ${theme.border}` }}>
          {tabButton('everyone', 'Everyone')}
          {tabButton('following', `Following (${following.ids.length})`)}
        </div>
      )}
      {current === 'following' && following.ids.length === 0 ? (
        <Empty icon="👋" title="You are not following anyone yet">Tap Follow on a post, or pick someone from “Who to follow”, to see their posts here.</Empty>
      ) : (
        <PostStream
          key={current}
          where={current === 'following' ? { author: following.ids.slice(0, 100) } : {}}
          following={following}
          onSignIn={onSignIn}
          empty={
            <Empty icon="🌱" title={current === 'following' ? 'Nothing new from the people you follow' : 'No posts yet'}>
              {current === 'following' ? 'When they post, it shows up here.' : 'Be the first to say hello: your post appears for everyone at once.'}
            </Empty>
          }
        />
      )}
    </div>
  );
}
