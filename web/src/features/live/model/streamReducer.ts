// Turns the project's event stream (plus the REST snapshot) into what the page shows.
// Pure, so the protocol rules are unit-tested: duplicates (seq <= lastSeq) are ignored,
// consecutive progress (or queue place) events collapse into one updating line, and the newest
// preview/deployed url wins.
import type { GenerationCost, ProjectDetail } from '@/types/project';
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
  | 'message';

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

function applyEvent(state: StreamState, event: ServerEvent): StreamState {
  const sequenced = hasSeq(event);
  if (sequenced && event.seq <= state.lastSeq) return state; // replayed duplicate
  if (sequenced) state = { ...state, lastSeq: event.seq };

  const key = sequenced ? `s${event.seq}` : `u${state.items.length}-${event.timestamp}`;
  const base = { key, seq: sequenced ? event.seq : undefined, timestamp: event.timestamp ?? Date.now() };
  const body = text(event.content);
  // Any sign of the build running (or ending) means it is out of the line.
  if (event.type !== 'queued' && event.type !== 'user' && state.queuePosition != null) {
    state = { ...state, queuePosition: null };
  }

  switch (event.type) {
    case 'thinking': {
      const template = typeof event.template === 'string' && event.template ? templateStart(event) : state.template;
      return push({ ...state, step: body, phase: 'generating', template }, { ...base, kind: 'thinking', text: body });
    }

    case 'queued':
    case 'progress': {
      const kind = event.type;
      const position = kind === 'queued' ? numberOrNull(event.position) : null;
      const next = { ...state, step: body, phase: 'generating' as Phase, queuePosition: position };
      const last = state.items[state.items.length - 1];
      if (last?.kind === kind) {
        // Keep the first key so React updates the same line instead of appending.
        const merged: FeedItem = { ...base, key: last.key, kind, text: body, count: (last.count ?? 1) + 1 };
        return { ...next, items: [...state.items.slice(0, -1), merged] };
      }
      return push(next, { ...base, kind, text: body, count: 1 });
    }

    case 'file': {
      const path = event.path ?? '(unnamed file)';
      const lines = countLines(body);
      const written = writeFile({ ...state, phase: 'generating' }, path, body);
      return push(written, { ...base, kind: 'file', text: `wrote ${path} (${lines} ${lines === 1 ? 'line' : 'lines'})`, path, lines });
    }

    case 'preview':
    case 'deployed':
      return push(showUrl(state, event), {
        ...base,
        kind: event.type,
        text: body || (event.type === 'preview' ? 'Preview ready' : `Deployed${typeof event.version === 'number' ? ` version ${event.version}` : ''}`),
        url: typeof event.url === 'string' ? event.url : undefined,
        version: typeof event.version === 'number' ? event.version : undefined,
      });

    case 'validation':
      return push(
        { ...state, phase: 'generating' },
        { ...base, kind: 'validation', text: body, errors: Array.isArray(event.errors) ? event.errors.map(String) : [] },
      );

    case 'complete': {
      const result = parseResult(event.content);
      const title = result?.title || state.title;
      const costs =
        typeof event.version === 'number' && event.usage && typeof event.usage === 'object'
          ? { ...state.costs, [event.version]: event.usage }
          : state.costs;
      const summary = result
        ? [result.title, result.description].filter(Boolean).join(' — ') || 'Generation complete'
        : body || 'Generation complete';
      return push({ ...state, result: result ?? state.result, title, costs, phase: 'ready' }, { ...base, kind: 'complete', text: summary });
    }

    case 'error': {
      // `ended`: the build is over (its app, if any, stays live); otherwise a notice while it goes on.
      const recoverable = event.recoverable === true;
      const phase: Phase = event.ended === true
        ? recoverable ? 'ready' : 'failed'
        : !recoverable ? 'failed' : state.phase === 'waiting' ? 'generating' : state.phase;
      return push(
        { ...state, phase },
        { ...base, kind: 'error', text: body || 'Something went wrong', recoverable },
      );
    }

    case 'message':
      // A notice from the platform about the build, such as what a new data model did to the
      // app's stored data; `hidden` lists what was kept out of sight rather than deleted.
      return push(state, {
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
