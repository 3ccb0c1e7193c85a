// Turns the project's event stream (plus the REST snapshot) into what the page shows.
// Pure, so the protocol rules are unit-tested: duplicates (seq <= lastSeq) are ignored, each
// build's queue, progress, file, preview, validation, complete, deployed and ending error events
// fold into one build card in the chat (model/buildCard.ts), and the newest preview/deployed url
// wins.
import type { ProjectDetail } from '@/types/project';
import * as card from './buildCard';
import { applyComplete, applyProgress, applyThinking, closeCard, ensureCard, pushLine, updateCard } from './buildEvents';
import { hasSeq, type ServerEvent } from './events';
import {
  countLines,
  numberOrNull,
  push,
  writeFile,
  type ItemBase,
  type Phase,
  type StreamAction,
  type StreamState,
} from './streamState';

export {
  countLines,
  initialStreamState,
  type FeedItem,
  type FeedKind,
  type Phase,
  type StreamAction,
  type StreamState,
  type TemplateStart,
  type WritingFile,
} from './streamState';

const text = (content: unknown): string =>
  typeof content === 'string' ? content : content == null ? '' : JSON.stringify(content);

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
