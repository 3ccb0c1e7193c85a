import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { computeAge, parseDate, toIso, today, validateBirth, validateOn } from './age';
import DateInputs from './components/DateInputs';
import AgeResult from './components/AgeResult';
import Milestones from './components/Milestones';

export default function App() {
  usePageSetup();
  const [birth, setBirth] = useState<string>('');
  const [on, setOn] = useState<string>(() => toIso(today()));

  const onError = validateOn(on);
  const onDate = onError ? null : parseDate(on);
  const birthError = validateBirth(birth, onDate);
  const birthDate = birthError ? null : parseDate(birth);
  const age = birthDate && onDate ? computeAge(birthDate, onDate) : null;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1040, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 3vw, 28px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 330px), 1fr))', gap: 'clamp(16px, 3vw, 28px)', alignItems: 'start' }}>
          <DateInputs
            birth={birth}
            on={on}
            birthError={birthError}
            onError={onError}
            onBirth={setBirth}
            onOn={setOn}
            onToday={() => setOn(toIso(today()))}
          />
          <AgeResult age={age} birth={birthDate} on={onDate} hint={birthError ?? onError ?? ''} />
        </main>
        {age && birthDate && onDate && <Milestones birth={birthDate} on={onDate} />}
      </div>
    </div>
  );
}
