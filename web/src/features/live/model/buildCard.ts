// One build (a first generation, or one change) as the chat shows it: a single card that the
// build's progress, file, preview, validation, complete, deployed and ending error events fold
// into. Pure: the stream reducer decides which card an event belongs to, these functions what it
// does to that card.
import type { GenerationCost } from '@/types/project';

/** pending: written in the answer (or cut short), not applied yet; writing: streaming now. */
export type BuildFileStatus = 'pending' | 'writing' | 'done';

export interface BuildFile {
  path: string;
  status: BuildFileStatus;
  /** Lines so far while it is written, in all once done; null when not known (edits). */
  lines: number | null;
  /** A change's edits to the file, rather than the file written whole. */
  edit: boolean;
}

export type BuildStatus = 'queued' | 'running' | 'deployed' | 'failed';

export interface BuildCard {
  status: BuildStatus;
  /** When the build started running (or, while it waits, was put in line): an event's timestamp. */
  startedAt: number;
  /** The timestamp of the event that ended it; null while it runs. */
  endedAt: number | null;
  /** Its place in line while it waits for a free builder (1 = next). */
  queuePosition: number | null;
  /** The latest thing it said it is doing. */
  step: string | null;
  /** In the order they were first written. */
  files: BuildFile[];
  /** Previews shown while it was written. */
  previews: number;
  /** What validation found, the last time it said. */
  problems: string[];
  /** Whether validation asked the model to fix problems (a deployed build was then repaired). */
  repairing: boolean;
  usage: GenerationCost | null;
  version: number | null;
  url: string | null;
  /** The app's title and description from `complete`, Markdown. */
  summary: string | null;
  /** Why it failed. */
  error: string | null;
}

export type BuildResult = 'deployed' | 'repaired' | 'failed';

export const newBuildCard = (at: number, queuePosition: number | null = null): BuildCard => ({
  status: queuePosition != null ? 'queued' : 'running',
  startedAt: at,
  endedAt: null,
  queuePosition,
  step: null,
  files: [],
  previews: 0,
  problems: [],
  repairing: false,
  usage: null,
  version: null,
  url: null,
  summary: null,
  error: null,
});

export const buildResult = (card: BuildCard): BuildResult | null =>
  card.status === 'deployed' ? (card.repairing ? 'repaired' : 'deployed') : card.status === 'failed' ? 'failed' : null;

export const isRunning = (card: BuildCard) => card.status === 'queued' || card.status === 'running';

/** How long it ran (or waits), up to `now` while it still does; never negative (clocks differ). */
export const elapsedMillis = (card: BuildCard, now: number) => Math.max(0, (card.endedAt ?? now) - card.startedAt);

/** 7_400 → "0:07", 65_000 → "1:05", 3_725_000 → "1:02:05": a clock that ticks by the second. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(seconds % 60)}` : `${m}:${pad(seconds % 60)}`;
}

function withFile(card: BuildCard, path: string, change: (file: BuildFile) => BuildFile): BuildCard {
  const index = card.files.findIndex((f) => f.path === path);
  if (index < 0) return { ...card, files: [...card.files, change({ path, status: 'pending', lines: null, edit: false })] };
  const files = card.files.slice();
  files[index] = change(files[index]);
  return { ...card, files };
}

/** The file another one was being written before: the answer moved on without finishing it here. */
const setAside = (files: BuildFile[], except: string) =>
  files.map((f) => (f.status === 'writing' && f.path !== except ? { ...f, status: 'pending' as const } : f));

/** A file starts streaming (written whole) or being edited. */
export function fileStarted(card: BuildCard, path: string, edit: boolean): BuildCard {
  const started = withFile(card, path, (f) => ({ ...f, status: 'writing', edit, lines: edit ? f.lines : 0 }));
  return { ...started, files: setAside(started.files, path) };
}

/** More of a file being written has arrived: it has `lines` lines so far. */
export function fileGrew(card: BuildCard, path: string, lines: number): BuildCard {
  const grown = withFile(card, path, (f) => ({ ...f, status: 'writing', lines }));
  return { ...grown, files: setAside(grown.files, path) };
}

export function fileDone(card: BuildCard, path: string, lines: number): BuildCard {
  return withFile(card, path, (f) => ({ ...f, status: 'done', lines }));
}

/** Back to pending whatever was being written: the answer starts again (a fallback provider). */
export const restarted = (card: BuildCard): BuildCard => ({ ...card, files: setAside(card.files, '') });

/**
 * The version is stored: every file the build touched is done, with its line count from the
 * version's files where it has them (a change's edited files have no `file` event).
 */
export function completed(
  card: BuildCard,
  version: { number: number | null; usage: GenerationCost | null; summary: string | null; lines: (path: string) => number | null },
): BuildCard {
  return {
    ...card,
    files: card.files.map((f) => (f.status === 'done' ? f : { ...f, status: 'done', lines: version.lines(f.path) ?? f.lines })),
    version: version.number ?? card.version,
    usage: version.usage ?? card.usage,
    summary: version.summary ?? card.summary,
  };
}

export function deployed(card: BuildCard, at: number, version: number | null, url: string | null): BuildCard {
  return { ...restarted(card), status: 'deployed', endedAt: at, queuePosition: null, version: version ?? card.version, url };
}

export function failed(card: BuildCard, at: number, reason: string): BuildCard {
  return { ...restarted(card), status: 'failed', endedAt: at, queuePosition: null, error: reason };
}
