import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { card } from './style';
import { status as readStatus, type Status } from './chat';
import Conversation from './components/Conversation';

export default function App() {
  usePageSetup();
  const [status, setStatus] = useState<Status | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    readStatus().then(setStatus, (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(12px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 760, margin: '0 auto', display: 'grid', gap: 18 }}>
        <header style={{ textAlign: 'center', padding: '12px 0 4px' }}>
          <div aria-hidden="true" style={{ fontSize: 40 }}>💬</div>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 42px)', margin: '4px 0 0', lineHeight: 1.15 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        {problem && <p role="alert" style={{ ...card, margin: 0, color: theme.danger }}>The app's server is not answering: {problem}</p>}
        {status && !status.configured && (
          <p data-testid="not-configured" role="status" style={{ ...card, margin: 0 }}>
            This assistant is not set up yet: its owner sets the <code>OPENAI_API_KEY</code> secret in the project's settings on Faibric.
          </p>
        )}
        {status?.configured && <Conversation model={status.model} />}
      </div>
    </div>
  );
}
