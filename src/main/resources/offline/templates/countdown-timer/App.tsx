import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { usePomodoro, formatClock, MODE_LABELS } from './usePomodoro';
import { playChime, unlockAudio } from './chime';
import ProgressRing from './components/ProgressRing';
import ModeTabs from './components/ModeTabs';
import TimerControls from './components/TimerControls';
import PresetPicker from './components/PresetPicker';
import SessionStats from './components/SessionStats';

export default function App() {
  usePageSetup();
  const [sound, setSound] = useState<boolean>(true);
  const [autoStart, setAutoStart] = useState<boolean>(false);
  const [notice, setNotice] = useState<string>('Press Start (or Space) when you are ready.');
  const timer = usePomodoro(
    { focus: 25, short: 5, long: 15 },
    {
      autoStart,
      onComplete: (finished, next) => {
        if (sound) playChime();
        setNotice(finished === 'focus' ? `Focus session done — time for a ${MODE_LABELS[next].toLowerCase()}.` : 'Break over — ready for the next focus session?');
      },
    },
  );
  const { running, remaining, mode, start, pause, reset } = timer;

  const startWithSound = () => {
    if (sound) unlockAudio();
    setNotice(mode === 'focus' ? 'Focusing. Notifications can wait.' : 'Enjoy the break: stand up, stretch, drink some water.');
    start();
  };

  // The tab shows the countdown while it runs, so it can be seen from another tab.
  useEffect(() => {
    document.title = running ? `${formatClock(remaining)} · ${MODE_LABELS[mode]} — ${config.title}` : config.title;
  }, [running, remaining, mode]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName)) return;
      if (e.code === 'Space') {
        e.preventDefault();
        if (running) pause();
        else startWithSound();
      } else if (e.key === 'r' || e.key === 'R') {
        reset();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1040, margin: '0 auto' }}>
        <header style={{ textAlign: 'center', marginBottom: 'clamp(18px, 3vw, 32px)' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', lineHeight: 1.1, margin: 0 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: 'clamp(16px, 3vw, 28px)', alignItems: 'start' }}>
          <section aria-label="Timer" style={{ background: theme.surface, borderRadius: theme.radius + 10, border: `1px solid ${theme.border}`, boxShadow: theme.shadow, padding: 'clamp(18px, 3vw, 32px)', display: 'grid', gap: 20, justifyItems: 'center' }}>
            <ModeTabs mode={mode} onSelect={timer.setMode} />
            <ProgressRing remaining={remaining} total={timer.total} mode={mode} running={running} />
            <p aria-live="polite" data-testid="notice" style={{ margin: 0, textAlign: 'center', color: theme.muted, minHeight: 22 }}>{notice}</p>
            <TimerControls running={running} atStart={remaining === timer.total} onStart={startWithSound} onPause={pause} onReset={reset} onSkip={timer.skip} />
          </section>
          <div style={{ display: 'grid', gap: 'clamp(16px, 3vw, 28px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
            <PresetPicker
              durations={timer.durations}
              locked={running}
              onChange={timer.setDurations}
              sound={sound}
              autoStart={autoStart}
              onSound={setSound}
              onAutoStart={setAutoStart}
            />
            <SessionStats completedFocus={timer.completedFocus} log={timer.log} onClear={timer.clearStats} />
          </div>
        </main>
      </div>
    </div>
  );
}
