import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { analyse, loadDraft, saveDraft } from './text';
import Editor from './components/Editor';
import Stats from './components/Stats';
import KeywordDensity from './components/KeywordDensity';
import Limits from './components/Limits';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadDraft);
  const [text, setText] = useState<string>(initial.saved.text);
  const [goal, setGoal] = useState<number>(initial.saved.goal);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);

  useEffect(() => {
    // A short pause so a long paste is written once, not on every keystroke.
    const id = window.setTimeout(() => {
      if (!saveDraft({ text, goal })) setStorageOk(false);
    }, 300);
    return () => window.clearTimeout(id);
  }, [text, goal]);

  const stats = analyse(text);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'flex-start' }}>
          <div style={{ flex: '2 1 520px', minWidth: 0 }}>
            <Editor text={text} onText={setText} storageOk={storageOk} wordCount={stats.words} />
          </div>
          <div style={{ flex: '1 1 300px', minWidth: 0 }}>
            <Stats stats={stats} />
          </div>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'start' }}>
          <KeywordDensity text={text} />
          <Limits characters={stats.characters} words={stats.words} goal={goal} onGoal={setGoal} />
        </div>
      </div>
    </div>
  );
}
