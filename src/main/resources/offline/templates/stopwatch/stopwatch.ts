import { config } from './config';

export interface WatchState {
  running: boolean;
  /** epoch ms when the current run started; null while stopped */
  startedAt: number | null;
  /** ms counted before the current run */
  accumulated: number;
  /** elapsed time at each lap press, in ms */
  splits: number[];
}

export const INITIAL: WatchState = { running: false, startedAt: null, accumulated: 0, splits: [] };

export function elapsed(state: WatchState, now: number): number {
  return state.accumulated + (state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0);
}

export function start(state: WatchState, now: number): WatchState {
  return state.running ? state : { ...state, running: true, startedAt: now };
}

export function stop(state: WatchState, now: number): WatchState {
  return state.running ? { ...state, running: false, startedAt: null, accumulated: elapsed(state, now) } : state;
}

export function lap(state: WatchState, now: number): WatchState {
  return state.running ? { ...state, splits: [...state.splits, elapsed(state, now)] } : state;
}

export const MAX_LAPS = 999;

export interface Lap {
  number: number;
  time: number;
  total: number;
  /** lap time minus the previous lap time; null for the first lap */
  delta: number | null;
}

export function laps(splits: number[]): Lap[] {
  return splits.map((total, i) => {
    const time = total - (i === 0 ? 0 : splits[i - 1]);
    const prev = i === 0 ? null : splits[i - 1] - (i === 1 ? 0 : splits[i - 2]);
    return { number: i + 1, time, total, delta: prev === null ? null : time - prev };
  });
}

/** 01:23.45, or 1:02:03.45 past an hour. */
export function format(ms: number, withHundredths = true): string {
  const total = Math.max(0, Math.floor(ms / 10));
  const cs = total % 100;
  const s = Math.floor(total / 100) % 60;
  const m = Math.floor(total / 6000) % 60;
  const h = Math.floor(total / 360000);
  const two = (n: number) => String(n).padStart(2, '0');
  const main = h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
  return withHundredths ? `${main}.${two(cs)}` : main;
}

export function formatDelta(ms: number): string {
  return `${ms < 0 ? '−' : '+'}${format(Math.abs(ms))}`;
}

export function toCsv(list: Lap[]): string {
  return ['Lap,Lap time,Total time,Difference', ...list.map((l) => `${l.number},${format(l.time)},${format(l.total)},${l.delta === null ? '' : formatDelta(l.delta).replace('−', '-')}`)].join('\n');
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'stopwatch';
}

const KEY = `stopwatch:${slug(config.title)}`;

function isState(v: unknown): v is WatchState {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.running === 'boolean' &&
    (s.startedAt === null || typeof s.startedAt === 'number') &&
    typeof s.accumulated === 'number' &&
    Array.isArray(s.splits) &&
    s.splits.every((x) => typeof x === 'number')
  );
}

export function loadState(): { state: WatchState; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return { state: INITIAL, ok: true };
    const parsed: unknown = JSON.parse(raw);
    return { state: isState(parsed) ? parsed : INITIAL, ok: true };
  } catch {
    return { state: INITIAL, ok: false };
  }
}

export function saveState(state: WatchState): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
