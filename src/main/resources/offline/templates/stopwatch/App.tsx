import { useEffect, useRef, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { INITIAL, MAX_LAPS, elapsed, format, lap, laps, loadState, saveState, start, stop } from './stopwatch';
import type { WatchState } from './stopwatch';
import Dial from './components/Dial';
import Controls from './components/Controls';
import LapTable from './components/LapTable';
import LapStats from './components/LapStats';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadState);
  const [state, setState] = useState<WatchState>(initial.state);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);
  const [now, setNow] = useState<number>(() => Date.now());

  useEffect(() => {
    if (!saveState(state)) setStorageOk(false);
  }, [state]);

  // Re-render about 30 times a second while running; the time itself always comes from the clock.
  useEffect(() => {
    if (!state.running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 33);
    return () => window.clearInterval(id);
  }, [state.running]);

  const time = elapsed(state, state.running ? now : 0);
  const list = laps(state.splits);
  const currentLap = time - (state.splits.length ? state.splits[state.splits.length - 1] : 0);

  const actions = {
    toggle: () => setState((s) => (s.running ? stop(s, Date.now()) : start(s, Date.now()))),
    lap: () => setState((s) => (s.splits.length >= MAX_LAPS ? s : lap(s, Date.now()))),
    reset: () => setState(INITIAL),
  };

  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const runningRef = useRef(state.running);
  runningRef.current = state.running;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (target && target.closest('input, textarea, select'))) return;
      if (e.code === 'Space') {
        // A focused button already reacts to Space by itself.
        if (target && target.closest('button')) return;
        e.preventDefault();
        actionsRef.current.toggle();
      } else if (e.key === 'l' || e.key === 'L') {
        actionsRef.current.lap();
      } else if ((e.key === 'r' || e.key === 'R') && !runningRef.current) {
        actionsRef.current.reset();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = state.running || time > 0 ? `${format(time, false)} · ${config.title}` : config.title;
  }, [time, state.running]);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1080, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 3vw, 28px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(16px, 3vw, 28px)', alignItems: 'start' }}>
          <section aria-label="Stopwatch" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 8, padding: 'clamp(18px, 3vw, 30px)', boxShadow: theme.shadow, display: 'grid', justifyItems: 'center', gap: 20 }}>
            <Dial ms={time} lapMs={state.splits.length ? currentLap : null} running={state.running} />
            <div style={{ textAlign: 'center' }}>
              <div data-testid="time-display" role="timer" aria-live="off" style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 'clamp(40px, 10vw, 64px)', fontWeight: 700, letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums', lineHeight: 1 }}>
                {format(time)}
              </div>
              <div style={{ marginTop: 8, color: theme.muted, fontSize: 15, minHeight: 22 }}>
                {state.splits.length > 0 ? (
                  <span data-testid="current-lap">Lap {state.splits.length + 1}: {format(currentLap)}</span>
                ) : state.running ? 'Running' : time > 0 ? 'Paused' : 'Ready'}
              </div>
            </div>
            <Controls running={state.running} hasTime={time > 0} onToggle={actions.toggle} onLap={actions.lap} onReset={actions.reset} lapDisabled={state.splits.length >= MAX_LAPS} />
            <p style={{ margin: 0, fontSize: 13, color: theme.muted, textAlign: 'center' }}>
              Keys: <b>Space</b> start / stop · <b>L</b> lap · <b>R</b> reset
              {!storageOk && <span style={{ display: 'block', color: theme.warning, marginTop: 4 }}>This browser is not letting the app save: laps are lost on reload.</span>}
            </p>
          </section>
          <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 1fr)' }}>
            <LapStats list={list} />
            <LapTable list={list} current={state.splits.length > 0 || state.running ? { number: state.splits.length + 1, time: currentLap, total: time } : null} />
          </div>
        </main>
      </div>
    </div>
  );
}
