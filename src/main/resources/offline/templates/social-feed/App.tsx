import { useState } from 'react';
import type { ReactNode } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup, useViewportWidth } from './theme';
import { href, idOf, useRoute } from './route';
import { NOBODY, followingOf } from './social';
import type { Follow, Following } from './social';
import AccountBar from './components/AccountBar';
import type { AuthMode } from './components/SignInForm';
import Feed from './components/Feed';
import Profile from './components/Profile';
import WhoToFollow from './components/WhoToFollow';

/** The people the signed-in member follows, live; only asked for once someone is signed in. */
function MyFollows({ children }: { children: (following: Following) => ReactNode }) {
  const { items } = useCollection<Follow>('follows', { where: { owner: 'me' }, limit: 200 });
  return <>{children(followingOf(items))}</>;
}

export default function App() {
  usePageSetup();
  const route = useRoute();
  const { user } = useUser();
  const wide = useViewportWidth() >= 900;
  const [panel, setPanel] = useState<AuthMode | null>(null);

  const page = (following: Following) => {
    const person = route[0] === 'u' ? idOf(route[1]) : null;
    const main = person !== null ? <Profile person={person} following={following} onSignIn={setPanel} /> : <Feed following={following} onSignIn={setPanel} />;
    return (
      <div style={{ display: 'grid', gridTemplateColumns: wide ? 'minmax(0, 1fr) 300px' : 'minmax(0, 1fr)', gap: 24, alignItems: 'start' }}>
        <main style={{ minWidth: 0 }}>{main}</main>
        <WhoToFollow following={following} />
      </div>
    );
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, boxSizing: 'border-box' }}>
      <header style={{ position: 'sticky', top: 0, zIndex: 10, background: theme.surface, borderBottom: `1px solid ${theme.border}` }}>
        <div style={{ maxWidth: 1040, margin: '0 auto', padding: '12px clamp(14px, 3vw, 28px)', display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
          <a href={href()} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(22px, 3vw, 28px)', lineHeight: 1.2 }}>
              <span aria-hidden="true">🌐 </span>
              {config.title}
            </h1>
            <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{config.tagline}</p>
          </a>
          <AccountBar panel={panel} onPanel={setPanel} intro="Post updates, like what you enjoy and follow the people you care about." />
        </div>
      </header>
      <div style={{ maxWidth: 1040, margin: '0 auto', padding: 'clamp(16px, 3vw, 28px) clamp(14px, 3vw, 28px)' }}>
        {user ? <MyFollows>{page}</MyFollows> : page(NOBODY)}
      </div>
    </div>
  );
}
