import { useState } from 'react';
import { useUser } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { button } from './ui';
import { href, idOf, useRoute } from './route';
import AccountBar from './components/AccountBar';
import type { AuthMode } from './components/SignInForm';
import PostList from './components/PostList';
import PostPage from './components/PostPage';
import PostEditor from './components/PostEditor';

export default function App() {
  usePageSetup();
  const route = useRoute();
  const { user } = useUser();
  const [panel, setPanel] = useState<AuthMode | null>(null);
  const admin = user?.admin === true;

  const id = idOf(route[1]);
  let page;
  if (route[0] === 'post' && id !== null) page = <PostPage id={id} onSignIn={setPanel} />;
  else if (route[0] === 'write' || (route[0] === 'edit' && id !== null)) page = <PostEditor id={route[0] === 'edit' ? id : null} />;
  else page = <PostList />;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, boxSizing: 'border-box' }}>
      <header style={{ borderBottom: `1px solid ${theme.border}`, background: theme.surface }}>
        <div style={{ maxWidth: 1080, margin: '0 auto', padding: 'clamp(14px, 2.5vw, 22px) clamp(14px, 3vw, 32px)', display: 'flex', flexWrap: 'wrap', gap: 14, alignItems: 'center', justifyContent: 'space-between' }}>
          <a href={href()} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(24px, 3.6vw, 34px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '2px 0 0', color: theme.muted, fontSize: 15 }}>{config.tagline}</p>
          </a>
          <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
            {admin && (
              <a href={href('write')} data-testid="write-post" style={{ ...button('primary', true), textDecoration: 'none' }}>
                ✍️ Write a post
              </a>
            )}
            <AccountBar panel={panel} onPanel={setPanel} intro="Sign up to comment on posts and reply to other readers." />
          </div>
        </div>
      </header>
      <main style={{ maxWidth: 1080, margin: '0 auto', padding: 'clamp(18px, 4vw, 44px) clamp(14px, 3vw, 32px)' }}>{page}</main>
      <footer style={{ borderTop: `1px solid ${theme.border}`, color: theme.muted, fontSize: 13, textAlign: 'center', padding: '20px 16px' }}>
        © {new Date().getFullYear()} {config.title}
      </footer>
    </div>
  );
}
