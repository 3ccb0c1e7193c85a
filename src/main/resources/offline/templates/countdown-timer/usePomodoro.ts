import { useCallback, useEffect, useRef, useState } from 'react';

export type Mode = 'focus' | 'short' | 'long';

/** Session lengths in minutes. */
export interface Durations {
  focus: number;
  short: number;
  long: number;
}

export interface LogEntry {
  id: number;
  mode: Mode;
  minutes: number;
  finishedAt: number;
}

export const LONG_BREAK_EVERY = 4;

export const MODE_LABELS: Record<Mode, string> = { focus: 'Focus', short: 'Short break', long: 'Long break' };

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm.padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

interface Options {
  autoStart: boolean;
  onComplete: (finished: Mode, next: Mode) => void;
}

export function usePomodoro(initial: Durations, options: Options) {
  const [durations, setDurationsState] = useState<Durations>(initial);
  const [mode, setModeState] = useState<Mode>('focus');
  const [remaining, setRemaining] = useState<number>(initial.focus * 60_000);
  const [running, setRunning] = useState<boolean>(false);
  const [completedFocus, setCompletedFocus] = useState<number>(0);
  const [log, setLog] = useState<LogEntry[]>([]);
  const endAt = useRef<number>(0);
  const optionsRef = useRef<Options>(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const total = durations[mode] * 60_000;

  // The deadline is a timestamp, so the clock stays right even when the tab sleeps or timers lag.
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setRemaining(Math.max(0, endAt.current - Date.now())), 200);
    return () => window.clearInterval(id);
  }, [running]);

  const switchTo = useCallback((next: Mode, start: boolean, lengths: Durations) => {
    setModeState(next);
    const ms = lengths[next] * 60_000;
    setRemaining(ms);
    endAt.current = Date.now() + ms;
    setRunning(start);
  }, []);

  useEffect(() => {
    if (!running || remaining > 0) return;
    const finished = mode;
    const doneFocus = finished === 'focus' ? completedFocus + 1 : completedFocus;
    const next: Mode = finished !== 'focus' ? 'focus' : doneFocus % LONG_BREAK_EVERY === 0 ? 'long' : 'short';
    if (finished === 'focus') setCompletedFocus(doneFocus);
    setLog((prev) => [{ id: Date.now(), mode: finished, minutes: durations[finished], finishedAt: Date.now() }, ...prev].slice(0, 8));
    optionsRef.current.onComplete(finished, next);
    switchTo(next, optionsRef.current.autoStart, durations);
  }, [running, remaining, mode, completedFocus, durations, switchTo]);

  const start = useCallback(() => {
    endAt.current = Date.now() + remaining;
    setRunning(true);
  }, [remaining]);

  const pause = useCallback(() => {
    setRunning(false);
    setRemaining(Math.max(0, endAt.current - Date.now()));
  }, []);

  const reset = useCallback(() => {
    setRunning(false);
    setRemaining(durations[mode] * 60_000);
  }, [durations, mode]);

  const skip = useCallback(() => {
    const next: Mode = mode === 'focus' ? ((completedFocus + 1) % LONG_BREAK_EVERY === 0 ? 'long' : 'short') : 'focus';
    switchTo(next, false, durations);
  }, [mode, completedFocus, durations, switchTo]);

  const setMode = useCallback((next: Mode) => switchTo(next, false, durations), [durations, switchTo]);

  const setDurations = useCallback(
    (next: Durations) => {
      setDurationsState(next);
      if (!running) setRemaining(next[mode] * 60_000);
    },
    [running, mode],
  );

  const clearStats = useCallback(() => {
    setCompletedFocus(0);
    setLog([]);
  }, []);

  return { durations, mode, remaining, total, running, completedFocus, log, start, pause, reset, skip, setMode, setDurations, clearStats };
}
