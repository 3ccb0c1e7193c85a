// Turns the project's event stream (plus the REST snapshot) into what the page shows.
// Pure, so the protocol rules are unit-tested: duplicates (seq <= lastSeq) are ignored, each
// build's queue, progress, file, preview, validation, complete, deployed and ending error events
// fold into one build card in the chat (model/buildCard.ts), and the newest preview/deployed url
// wins.
import type { GenerationCost, ProjectDetail } from '@/types/project';
import * as card from './buildCard';
import { hasSeq, type AppResult, type ServerEvent } from './events';

export type FeedKind =
  | 'thinking'
  | 'queued'
  | 'progress'
  | 'file'
  | 'preview'
  | 'validation'
  | 'complete'
  | 'deployed'
  | 'error'
  | 'user'
  | 'message'
  | 'build';

export interface FeedItem {
  key: string;
  kind: FeedKind;
  text: string;
  timestamp: number;
  seq?: number;
  /** Progress lines folded into this one (1 = not collapsed). */
  count?: number;
  errors?: string[];
  url?: string;
  version?: number;
  path?: string;
  lines?: number;
  recoverable?: boolean;
  /** A chat message this tab sent that the server has not echoed back yet. */
  pending?: boolean;
  /** On a `build` item: the build card. */
  build?: card.BuildCard;
}

/** The file being written right now and its text so far (from the chunks of its progress events). */
export interface WritingFile {
  path: string;
  text: string;
}

export type Phase = 'waiting' | 'generating' | 'ready' | 'failed';

/** The library template a generation started from, as its `thinking` event announced it. */
export interface TemplateStart {
  slug: string;
  similarity: number | null;
  relevance: number | null;
}

export interface StreamState {
  lastSeq: number;
  items: FeedItem[];
  /** path -> full source, in the order files were first written. */
  files: Record<string, string>;
  fileOrder: string[];
  /** Latest preview/deployed url and the cache-buster that changes with every new version. */
  url: string | null;
  urlVersion: string | null;
  /** Whether `url` is a preview (a version still being written) rather than a deployed version. */
  showingPreview: boolean;
  version: number | null;
  /** Last thinking/progress message: what the building animation says it is doing. */
  step: string | null;
  /** The build's place in this server's line of builds while it waits (1 = next); null once it runs. */
  queuePosition: number | null;
  phase: Phase;
  title: string | null;
  result: AppResult | null;
  /** Known before the project's reusedComponents are (they are recorded once the app is live). */
  template: TemplateStart | null;
  /** version -> its cost, from `complete` events: fresher than the REST snapshot after a change. */
  costs: Record<number, GenerationCost>;
  /** Key of the build card of the build under way (the one its events fold into), if any. */
  openBuild: string | null;
  /** The file being written, growing as its chunks arrive; null between files. */
  writing: WritingFile | null;
  /** The file the build under way touched last (the code view follows it); null between builds. */
  activeFile: string | null;
  /** The newest error's words. */
  lastError: string | null;
}

export type StreamAction =
  | { type: 'events'; events: ServerEvent[] }
  | { type: 'snapshot'; project: ProjectDetail }
  | { type: 'localUser'; key: string; text: string; timestamp: number };

export const initialStreamState = (): StreamState => ({
  lastSeq: 0,
  items: [],
  files: {},
  fileOrder: [],
  url: null,
  urlVersion: null,
  showingPreview: false,
  version: null,
  step: null,
  queuePosition: null,
  phase: 'waiting',
  title: null,
  result: null,
  template: null,
  costs: {},
  openBuild: null,
  writing: null,
  activeFile: null,
  lastError: null,
});

const text = (content: unknown): string =>
  typeof content === 'string' ? content : content == null ? '' : JSON.stringify(content);

export const countLines = (source: string) => (source === '' ? 0 : source.replace(/\n$/, '').split('\n').length);

function parseResult(content: unknown): AppResult | null {
  if (content && typeof content === 'object') return content as AppResult;
  if (typeof content === 'string') {
    try {
      const parsed: unknown = JSON.parse(content);
      if (parsed && typeof parsed === 'object') return parsed as AppResult;
    } catch {
      // A plain-text completion message: nothing structured to show.
    }
  }
  return null;
}

function writeFile(state: StreamState, path: string, content: string): StreamState {
  const known = path in state.files;
  return {
    ...state,
    files: { ...state.files, [path]: content },
    fileOrder: known ? state.fileOrder : [...state.fileOrder, path],
  };
}

function push(state: StreamState, item: FeedItem): StreamState {
  return { ...state, items: [...state.items, item] };
}

/** The version's files, as `complete` gives them: the code view then shows what was deployed. */
function writeVersion(state: StreamState, components: Record<string, string>): StreamState {
  const paths = Object.keys(components);
  const kept = state.fileOrder.filter((p) => p in components);
  return { ...state, files: { ...components }, fileOrder: [...kept, ...paths.filter((p) => !kept.includes(p))] };
}

const openCard = (state: StreamState): card.BuildCard | undefined =>
  state.openBuild == null ? undefined : state.items.find((i) => i.key === state.openBuild)?.build;

/** Starts a build card unless one is open: any build event belongs to a build. */
function ensureCard(state: StreamState, base: ItemBase, queuePosition: number | null = null): StreamState {
  if (state.openBuild != null) return state;
  const key = `build-${base.key}`;
  const item: FeedItem = { ...base, key, kind: 'build', text: '', build: card.newBuildCard(base.timestamp, queuePosition) };
  return { ...push(state, item), openBuild: key };
}

function updateCard(state: StreamState, change: (build: card.BuildCard) => card.BuildCard): StreamState {
  const items = state.items.map((i) => (i.key === state.openBuild && i.build ? { ...i, build: change(i.build) } : i));
  return { ...state, items };
}

/** Ends the open build: its card keeps what it became, and later events start another. */
function closeCard(state: StreamState, change: (build: card.BuildCard) => card.BuildCard): StreamState {
  return { ...updateCard(state, change), openBuild: null, writing: null, activeFile: null };
}

/** A line the build says in the chat goes above its card, which stays where the build is at. */
function pushLine(state: StreamState, item: FeedItem): StreamState {
  const at = state.openBuild == null ? -1 : state.items.findIndex((i) => i.key === state.openBuild);
  if (at < 0) return push(state, item);
  return { ...state, items: [...state.items.slice(0, at), item, ...state.items.slice(at)] };
}

/**
 * Points the preview at a preview/deployed url unless what it shows is already newer: the REST
 * snapshot may have shown version 3 before the socket replays versions 1 and 2, and the iframe
 * must not flicker back through them. `preview` events show a version still being written, and
 * are refreshed as its files complete.
 */
function showUrl(state: StreamState, event: ServerEvent): StreamState {
  const url = typeof event.url === 'string' && event.url ? event.url : null;
  const version = typeof event.version === 'number' ? event.version : null;
  const phase: Phase = event.type === 'deployed' ? 'ready' : state.phase;
  if (!url) return { ...state, phase };
  // Progressive preview: each `preview` replaces the last one (more files written), but never a
  // deployed version (a live app stays on screen while a change is being built).
  if (event.type === 'preview' && state.url != null && !state.showingPreview) return state;
  if (version != null && state.version != null && version < state.version) return { ...state, phase };
  // Same version already shown (snapshot, then its replayed event): keep the cache-buster so the
  // iframe does not reload for nothing.
  if (version != null && version === state.version && url === state.url) return { ...state, phase };
  const urlVersion = version != null ? String(version) : `s${event.seq ?? event.timestamp}`;
  return { ...state, url, version: version ?? state.version, urlVersion, phase, showingPreview: event.type === 'preview' };
}

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function templateStart(event: ServerEvent): TemplateStart {
  return { slug: String(event.template), similarity: numberOrNull(event.similarity), relevance: numberOrNull(event.relevance) };
}

interface ItemBase {
  key: string;
  seq?: number;
  timestamp: number;
}

/** The summary `complete` gives the chat: the app's title and description (Markdown). */
const summaryOf = (result: AppResult | null, body: string) =>
  result ? [result.title, result.description].filter(Boolean).join(' — ') || 'Generation complete' : body || 'Generation complete';

function applyEvent(state: StreamState, event: ServerEvent): StreamState {
  const sequenced = hasSeq(event);
  if (sequenced && event.seq <= state.lastSeq) return state; // replayed duplicate
  if (sequenced) state = { ...state, lastSeq: event.seq };

  const key = sequenced ? `s${event.seq}` : `u${state.items.length}-${event.timestamp}`;
  const base: ItemBase = { key, seq: sequenced ? event.seq : undefined, timestamp: event.timestamp ?? Date.now() };
  const body = text(event.content);
  // Any sign of the build running (or ending) means it is out of the line.
  if (event.type !== 'queued' && event.type !== 'user' && state.queuePosition != null) {
    state = { ...state, queuePosition: null };
  }

  switch (event.type) {
    case 'thinking':
      return applyThinking(state, event, base, body);

    case 'queued': {
      const position = numberOrNull(event.position);
      const next = ensureCard({ ...state, step: body, phase: 'generating', queuePosition: position }, base, position);
      return updateCard(next, (b) => (b.status === 'queued' ? { ...b, queuePosition: position, step: body } : b));
    }

    case 'progress':
      return applyProgress(ensureCard({ ...state, step: body, phase: 'generating' }, base), event, body);

    case 'file': {
      const path = event.path ?? '(unnamed file)';
      const lines = numberOrNull(event.lines) ?? countLines(body);
      const written = ensureCard(writeFile({ ...state, phase: 'generating' }, path, body), base);
      const writing = state.writing?.path === path ? null : state.writing;
      return { ...updateCard(written, (b) => card.fileDone(b, path, lines)), writing, activeFile: path };
    }

    case 'preview': {
      const url = typeof event.url === 'string' && event.url ? event.url : null;
      return updateCard(ensureCard(showUrl(state, event), base), (b) => ({ ...b, previews: b.previews + 1, url: url ?? b.url }));
    }

    case 'validation': {
      const errors = Array.isArray(event.errors) ? event.errors.map(String) : [];
      return updateCard(ensureCard({ ...state, phase: 'generating' }, base), (b) => ({
        ...b,
        step: body,
        problems: errors,
        repairing: b.repairing || event.repairing === true,
      }));
    }

    case 'complete':
      return applyComplete(ensureCard(state, base), event, body);

    case 'deployed': {
      const version = numberOrNull(event.version);
      const url = typeof event.url === 'string' && event.url ? event.url : null;
      return closeCard(ensureCard(showUrl(state, event), base), (b) => card.deployed(b, base.timestamp, version, url));
    }

    case 'error': {
      // `ended`: the build is over (its app, if any, stays live); otherwise a notice while it goes on.
      const recoverable = event.recoverable === true;
      const phase: Phase = event.ended === true
        ? recoverable ? 'ready' : 'failed'
        : !recoverable ? 'failed' : state.phase === 'waiting' ? 'generating' : state.phase;
      const reason = body || 'Something went wrong';
      const next: StreamState = { ...state, phase, lastError: reason };
      if (event.ended === true && next.openBuild != null) {
        return closeCard(next, (b) => card.failed(b, base.timestamp, reason));
      }
      // A notice (or the answer to a chat message): a line of its own, in the order it came.
      return push(next, { ...base, kind: 'error', text: reason, recoverable });
    }

    case 'message':
      // A notice from the platform about the build, such as what a new data model did to the
      // app's stored data; `hidden` lists what was kept out of sight rather than deleted.
      return pushLine(state, {
        ...base,
        kind: 'message',
        text: body,
        errors: Array.isArray(event.hidden) && event.hidden.length > 0 ? event.hidden.map((h) => `Hidden, not deleted: ${String(h)}`) : undefined,
      });

    case 'user': {
      // Our own message echoed back: confirm the optimistic bubble instead of showing it twice.
      const pendingIndex = state.items.findIndex((i) => i.pending && i.kind === 'user' && i.text === body);
      if (pendingIndex >= 0) {
        const items = state.items.slice();
        items[pendingIndex] = { ...items[pendingIndex], seq: base.seq, pending: false };
        return { ...state, items };
      }
      return push(state, { ...base, kind: 'user', text: body });
    }

    default:
      return state; // a type this UI does not know yet; its seq still counts as seen
  }
}

function applyThinking(state: StreamState, event: ServerEvent, base: ItemBase, body: string): StreamState {
  const template = typeof event.template === 'string' && event.template ? templateStart(event) : state.template;
  let next: StreamState = { ...state, step: body, phase: 'generating', template };
  const open = openCard(next);
  // The event that starts a build names its provider: a card still open then belongs to a build
  // that ended without a word (its node died before it could say so).
  if (typeof event.provider === 'string' && open && open.status !== 'queued') {
    next = closeCard(next, (b) => card.failed(b, base.timestamp, 'The build ended without a result.'));
  }
  next = ensureCard(next, base);
  next = updateCard(next, (b) =>
    b.status === 'queued' ? { ...b, status: 'running', startedAt: base.timestamp, queuePosition: null } : b,
  );
  if (event.restarted === true) next = { ...updateCard(next, card.restarted), writing: null };
  return pushLine(next, { ...base, kind: 'thinking', text: body });
}

function applyProgress(before: StreamState, event: ServerEvent, body: string): StreamState {
  const path = typeof event.path === 'string' && event.path ? event.path : null;
  if (path == null) return updateCard(before, (b) => ({ ...b, step: body })); // e.g. a deployment line
  const state = { ...before, activeFile: path };
  if (event.edit === true) {
    return { ...updateCard(state, (b) => card.fileStarted({ ...b, step: body }, path, true)), writing: null };
  }
  if (typeof event.chunk !== 'string') {
    // The file starts (again, if the answer was restarted): nothing of it yet.
    return { ...updateCard(state, (b) => card.fileStarted({ ...b, step: body }, path, false)), writing: { path, text: '' } };
  }
  const sofar = state.writing?.path === path ? state.writing.text : '';
  const writing = { path, text: sofar + event.chunk };
  return { ...updateCard(state, (b) => card.fileGrew({ ...b, step: body }, path, countLines(writing.text))), writing };
}

function applyComplete(state: StreamState, event: ServerEvent, body: string): StreamState {
  const result = parseResult(event.content);
  const title = result?.title || state.title;
  const version = numberOrNull(event.version);
  const usage = event.usage && typeof event.usage === 'object' ? event.usage : null;
  const costs = version != null && usage ? { ...state.costs, [version]: usage } : state.costs;
  const components = result?.components && typeof result.components === 'object' ? result.components : null;
  let next: StreamState = { ...state, result: result ?? state.result, title, costs, phase: 'ready' };
  if (components) next = writeVersion(next, components);
  const lines = (path: string) => (components && typeof components[path] === 'string' ? countLines(components[path]) : null);
  return updateCard(next, (b) => card.completed(b, { number: version, usage, summary: summaryOf(result, body), lines }));
}

function applySnapshot(state: StreamState, project: ProjectDetail): StreamState {
  let next: StreamState = { ...state, title: state.title ?? project.title ?? null };
  // Files written by events are newer than or equal to the snapshot's; only fill gaps.
  for (const file of project.files ?? []) {
    if (!(file.path in next.files)) next = writeFile(next, file.path, file.content);
  }
  const snapshotVersion = project.currentVersion ?? null;
  const newer = snapshotVersion != null && (next.version == null || snapshotVersion > next.version);
  if (project.url && (next.url == null || newer)) {
    next = {
      ...next,
      url: project.url,
      showingPreview: false,
      version: snapshotVersion ?? next.version,
      urlVersion: snapshotVersion != null ? String(snapshotVersion) : 'snapshot',
    };
  }
  if (next.phase === 'waiting') {
    next = { ...next, phase: project.status === 'ready' ? 'ready' : project.status === 'failed' ? 'failed' : 'generating' };
  }
  return next;
}

export function streamReducer(state: StreamState, action: StreamAction): StreamState {
  switch (action.type) {
    case 'events': {
      // A batch may arrive out of order (replay + live); apply it in seq order.
      const ordered = action.events.slice().sort((a, b) => (hasSeq(a) && hasSeq(b) ? a.seq - b.seq : 0));
      return ordered.reduce(applyEvent, state);
    }
    case 'snapshot':
      return applySnapshot(state, action.project);
    case 'localUser':
      return push(state, { key: action.key, kind: 'user', text: action.text, timestamp: action.timestamp, pending: true });
  }
}
