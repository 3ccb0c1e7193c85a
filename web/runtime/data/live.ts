// Live updates: ONE EventSource per page on /_api/live?collections=…, for every collection
// someone watches. It is replaced when that set changes (the old one is closed only once the
// new one is open, so no change falls between), and reopened with backoff when it fails;
// after a failure every watcher is told to refetch, since changes may have been missed.
import type { Change } from './types';

/** Told about a change in its collection; with no argument, something may have changed. */
export type Listener = (change?: Change) => void;

const listeners = new Map<string, Set<Listener>>();
/** The connection for `url`, open or opening. */
let source: EventSource | null = null;
/** The connection it replaces, kept until it opens. */
let previous: EventSource | null = null;
let url = '';
let failures = 0;
let retry: ReturnType<typeof setTimeout> | undefined;
let missed = false;
let reconciling = false;

/** Calls `listener` on every change in `collection` until the returned function is called. */
export function watch(collection: string, listener: Listener): () => void {
  let watchers = listeners.get(collection);
  if (!watchers) listeners.set(collection, (watchers = new Set()));
  const mine = watchers;
  mine.add(listener);
  reconcile();
  return () => {
    mine.delete(listener);
    if (mine.size === 0 && listeners.get(collection) === mine) listeners.delete(collection);
    reconcile();
  };
}

/** Tells the watchers of the change's collection (the server's events, and the page's own writes). */
export function announce(change: Change): void {
  tell(listeners.get(change.collection), change);
}

function tell(watchers: Set<Listener> | undefined, change?: Change) {
  for (const listener of [...(watchers ?? [])]) {
    try {
      listener(change);
    } catch (error) {
      console.error(error);
    }
  }
}

/** Opens, replaces or closes the connection once the watchers of this moment are known. */
function reconcile() {
  if (reconciling) return;
  reconciling = true;
  void Promise.resolve().then(() => {
    reconciling = false;
    const names = [...listeners.keys()].sort();
    const wanted = names.length ? `/_api/live?collections=${names.map(encodeURIComponent).join(',')}` : '';
    if (wanted !== url) open(wanted);
  });
}

function open(wanted: string) {
  clearTimeout(retry);
  retry = undefined;
  url = wanted;
  if (!wanted || typeof EventSource !== 'function') {
    closeAll();
    return;
  }
  if (source && previous) source.close();
  else if (source) previous = source;
  source = null;
  let next: EventSource;
  try {
    next = new EventSource(wanted);
  } catch {
    failed();
    return;
  }
  source = next;
  next.addEventListener('open', () => {
    if (next !== source) return;
    previous?.close();
    previous = null;
    failures = 0;
    if (missed) {
      missed = false;
      listeners.forEach((watchers) => tell(watchers));
    }
  });
  next.addEventListener('error', () => {
    if (next !== source) return;
    next.close();
    source = null;
    failed();
  });
  next.addEventListener('change', (event) => {
    if (next !== source && next !== previous) return;
    const change = parse((event as MessageEvent).data);
    if (change) announce(change);
  });
}

/** Tries again after 1 s, 2 s, 4 s … at most 30 s. */
function failed() {
  previous?.close();
  previous = null;
  missed = true;
  const delay = Math.min(30_000, 1000 * 2 ** failures++);
  retry = setTimeout(() => open(url), delay);
}

function closeAll() {
  source?.close();
  previous?.close();
  source = previous = null;
  failures = 0;
  missed = false;
}

function parse(data: unknown): Change | null {
  try {
    const change = JSON.parse(String(data)) as Change;
    return change && typeof change.collection === 'string' ? change : null;
  } catch {
    return null;
  }
}
