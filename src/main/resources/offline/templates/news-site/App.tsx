import { useState } from 'react';
import { useUser } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { button } from './ui';
import { href, idOf, useRoute } from './route';
import { CATEGORIES, isCategory } from './news';
import AccountBar from './components/AccountBar';
import type { AuthMode } from './components/SignInForm';
import FrontPage from './components/FrontPage';
import ArticlePage from './components/ArticlePage';
import ArticleEditor from './components/ArticleEditor';

export default function App() {
  usePageSetup();
  const route = useRoute();
  const { user } = useUser();
  const [panel, setPanel] = useState<AuthMode | null>(null);
  const section = route[0] === 'section' && isCategory(route[1]) ? route[1] : null;

  const id = idOf(route[1]);
  let page;
  if (route[0] === 'article' && id !== null) page = <ArticlePage id={id} onSignIn={setPanel} />;
  else if (route[0] === 'write' || (route[0] === 'edit' && id !== null)) page = <ArticleEditor id={route[0] === 'edit' ? id : null} />;
  else page = <FrontPage section={section} />;

  const today = new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const navLink = (active: boolean) => ({ padding: '12px 4px', color: active ? theme.text : theme.muted, fontWeight: active ? 800 : 600, fontSize: 15, textDecoration: 'none', borderBottom: `3px solid ${active ? theme.primary : 'transparent'}`, whiteSpace: 'nowrap' as const });

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body }}>
      <header style={{ background: theme.surface, borderBottom: `1px solid ${theme.border}` }}>
        <div style={{ maxWidth: 1200, margin: '0 auto', padding: '12px clamp(14px, 3vw, 32px) 0' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 10, fontSize: 13, color: theme.muted }}>
            <span>{today}</span>
            <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
              {user?.admin && (
                <a href={href('write')} data-testid="write-article" style={{ ...button('primary', true), textDecoration: 'none' }}>
                  ✍️ Write an article
                </a>
              )}
              <AccountBar panel={panel} onPanel={setPanel} intro="Sign up to comment on the stories you read." />
            </div>
          </div>
          <a href={href()} style={{ display: 'block', textAlign: 'center', color: 'inherit', textDecoration: 'none', padding: 'clamp(14px, 3vw, 26px) 0 clamp(10px, 2vw, 18px)' }}>
            <h1 data-testid="app-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(32px, 6vw, 60px)', lineHeight: 1.05, letterSpacing: '-0.01em' }}>{config.title}</h1>
            <p style={{ margin: '6px 0 0', color: theme.muted, fontStyle: 'italic' }}>{config.tagline}</p>
          </a>
          <nav aria-label="Sections" style={{ display: 'flex', gap: 'clamp(14px, 2.4vw, 26px)', overflowX: 'auto', borderTop: `1px solid ${theme.border}`, justifyContent: 'safe center' }}>
            <a href={href()} aria-current={route.length === 0 ? 'page' : undefined} style={navLink(route.length === 0)}>Top stories</a>
            {CATEGORIES.map((c) => (
              <a key={c.id} href={href('section', c.id)} data-testid={`section-${c.id}`} aria-current={section === c.id ? 'page' : undefined} style={navLink(section === c.id)}>
                {c.label}
              </a>
            ))}
          </nav>
        </div>
      </header>
      <main style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(18px, 3.5vw, 40px) clamp(14px, 3vw, 32px)' }}>{page}</main>
      <footer style={{ borderTop: `1px solid ${theme.border}`, color: theme.muted, fontSize: 13, textAlign: 'center', padding: '22px 16px' }}>
        © {new Date().getFullYear()} {config.title} · Independent news for our readers
      </footer>
    </div>
  );
}
