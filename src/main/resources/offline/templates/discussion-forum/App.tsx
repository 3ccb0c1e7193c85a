import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { href, idOf, useRoute } from './route';
import AccountBar from './components/AccountBar';
import type { AuthMode } from './components/SignInForm';
import QuestionList from './components/QuestionList';
import QuestionPage from './components/QuestionPage';
import AskForm from './components/AskForm';

export default function App() {
  usePageSetup();
  const route = useRoute();
  const [panel, setPanel] = useState<AuthMode | null>(null);

  const id = idOf(route[1]);
  let page;
  if (route[0] === 'q' && id !== null) page = <QuestionPage id={id} onSignIn={setPanel} />;
  else if (route[0] === 'ask') page = <AskForm onSignIn={setPanel} />;
  else page = <QuestionList onSignIn={setPanel} />;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 980, margin: '0 auto', display: 'grid', gap: 22, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 16 }}>
          <a href={href()} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 38px)', margin: 0, lineHeight: 1.15 }}>
              <span aria-hidden="true">💬 </span>
              {config.title}
            </h1>
            <p style={{ margin: '4px 0 0', color: theme.muted }}>{config.tagline}</p>
          </a>
          <AccountBar panel={panel} onPanel={setPanel} intro="Members ask questions, answer each other and mark the answer that helped." />
        </header>
        <main>{page}</main>
        <footer style={{ color: theme.muted, fontSize: 13, textAlign: 'center', paddingBottom: 8 }}>Be kind, be specific, and mark the answer that solved it.</footer>
      </div>
    </div>
  );
}
