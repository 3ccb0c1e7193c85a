import { useState } from 'react';
import { useUser } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { button } from './ui';
import { href, idOf, useRoute } from './route';
import AccountBar from './components/AccountBar';
import type { AuthMode } from './components/SignInForm';
import EventList from './components/EventList';
import EventPage from './components/EventPage';
import EventEditor from './components/EventEditor';

export default function App() {
  usePageSetup();
  const route = useRoute();
  const { user } = useUser();
  const [panel, setPanel] = useState<AuthMode | null>(null);

  const id = idOf(route[1]);
  let page;
  if (route[0] === 'event' && id !== null) page = <EventPage id={id} onSignIn={setPanel} />;
  else if (route[0] === 'new' || (route[0] === 'edit' && id !== null)) page = <EventEditor id={route[0] === 'edit' ? id : null} />;
  else page = <EventList past={route[0] === 'past'} />;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, boxSizing: 'border-box' }}>
      <header style={{ background: theme.primaryGradient, color: theme.onPrimary }}>
        <div style={{ maxWidth: 1080, margin: '0 auto', padding: 'clamp(18px, 3vw, 30px) clamp(14px, 3vw, 32px)', display: 'flex', flexWrap: 'wrap', gap: 14, alignItems: 'center', justifyContent: 'space-between' }}>
          <a href={href()} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 40px)', lineHeight: 1.1 }}>
              <span aria-hidden="true">🎟️ </span>
              {config.title}
            </h1>
            <p style={{ margin: '6px 0 0', opacity: 0.9 }}>{config.tagline}</p>
          </a>
          <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap', background: theme.surface, color: theme.text, padding: '8px 10px', borderRadius: 14, boxShadow: theme.shadowSmall }}>
            {user?.admin && (
              <a href={href('new')} data-testid="new-event" style={{ ...button('primary', true), textDecoration: 'none' }}>
                + New event
              </a>
            )}
            <AccountBar panel={panel} onPanel={setPanel} intro="Sign up to tell us whether you're coming." />
          </div>
        </div>
      </header>
      <main style={{ maxWidth: 1080, margin: '0 auto', padding: 'clamp(18px, 3.5vw, 40px) clamp(14px, 3vw, 32px)' }}>{page}</main>
    </div>
  );
}
