// What a build's events do to the page: the card they fold into (model/buildCard.ts), the file
// being written, and the lines the build says in the chat above its card.
import * as card from './buildCard';
import type { AppResult, ServerEvent } from './events';
import {
  countLines,
  numberOrNull,
  push,
  type FeedItem,
  type ItemBase,
  type StreamState,
  type TemplateStart,
} from './streamState';

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

/** The summary `complete` gives the chat: the app's title and description (Markdown). */
const summaryOf = (result: AppResult | null, body: string) =>
  result ? [result.title, result.description].filter(Boolean).join(' — ') || 'Generation complete' : body || 'Generation complete';

/** The version's files, as `complete` gives them: the code view then shows what was deployed. */
function writeVersion(state: StreamState, components: Record<string, string>): StreamState {
  const paths = Object.keys(components);
  const kept = state.fileOrder.filter((p) => p in components);
  return { ...state, files: { ...components }, fileOrder: [...kept, ...paths.filter((p) => !kept.includes(p))] };
}

const openCard = (state: StreamState): card.BuildCard | undefined =>
  state.openBuild == null ? undefined : state.items.find((i) => i.key === state.openBuild)?.build;

/** Starts a build card unless one is open: any build event belongs to a build. */
export function ensureCard(state: StreamState, base: ItemBase, queuePosition: number | null = null): StreamState {
  if (state.openBuild != null) return state;
  const key = `build-${base.key}`;
  const item: FeedItem = { ...base, key, kind: 'build', text: '', build: card.newBuildCard(base.timestamp, queuePosition) };
  return { ...push(state, item), openBuild: key };
}

export function updateCard(state: StreamState, change: (build: card.BuildCard) => card.BuildCard): StreamState {
  const items = state.items.map((i) => (i.key === state.openBuild && i.build ? { ...i, build: change(i.build) } : i));
  return { ...state, items };
}

/** Ends the open build: its card keeps what it became, and later events start another. */
export function closeCard(state: StreamState, change: (build: card.BuildCard) => card.BuildCard): StreamState {
  return { ...updateCard(state, change), openBuild: null, writing: null, activeFile: null };
}

/** A line the build says in the chat goes above its card, which stays where the build is at. */
export function pushLine(state: StreamState, item: FeedItem): StreamState {
  const at = state.openBuild == null ? -1 : state.items.findIndex((i) => i.key === state.openBuild);
  if (at < 0) return push(state, item);
  return { ...state, items: [...state.items.slice(0, at), item, ...state.items.slice(at)] };
}

function templateStart(event: ServerEvent): TemplateStart {
  return { slug: String(event.template), similarity: numberOrNull(event.similarity), relevance: numberOrNull(event.relevance) };
}

export function applyThinking(state: StreamState, event: ServerEvent, base: ItemBase, body: string): StreamState {
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

export function applyProgress(before: StreamState, event: ServerEvent, body: string): StreamState {
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

export function applyComplete(state: StreamState, event: ServerEvent, body: string): StreamState {
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

