// A WebSocket that survives drops. It remembers the highest seq it has seen and reconnects with
// `?after=<lastSeq>` so the server replays only what was missed; anything replayed twice
// (seq <= lastSeq) is dropped here. Close code 4404 (unknown project) is final.
import { hasSeq, parseServerEvent, type ServerEvent } from '../model/events';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'not-found' | 'closed';

export const CLOSE_UNKNOWN_PROJECT = 4404;

/** Connections that lasted this long count as healthy: the next drop retries quickly again. */
const HEALTHY_MS = 5000;

export interface ReconnectingSocketOptions {
  /** Builds the url for a connection that should resume after `after`. */
  url: (after: number) => string;
  onEvent: (event: ServerEvent) => void;
  onState?: (state: ConnectionState) => void;
  /** Delay before reconnect attempt `attempt` (0-based). */
  backoff?: (attempt: number) => number;
  initialAfter?: number;
  /** Injected in tests. */
  WebSocketImpl?: new (url: string) => WebSocket;
  now?: () => number;
}

/** 0.5s, 1s, 2s … capped at 10s, with ±20% jitter so many tabs don't reconnect in lockstep. */
export const defaultBackoff = (attempt: number) =>
  Math.min(10_000, 500 * 2 ** attempt) * (0.8 + Math.random() * 0.4);

export class ReconnectingSocket {
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private openedAt = 0;
  private stopped = false;
  private state: ConnectionState = 'connecting';
  lastSeq: number;

  constructor(private readonly options: ReconnectingSocketOptions) {
    this.lastSeq = options.initialAfter ?? 0;
  }

  get connectionState() {
    return this.state;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  /** Sends a JSON message if connected; returns whether it went out. */
  send(message: unknown): boolean {
    if (this.socket?.readyState !== 1 /* OPEN */) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  close() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'client closed');
    }
    this.setState('closed');
  }

  private connect() {
    const Impl = this.options.WebSocketImpl ?? WebSocket;
    this.setState(this.attempt === 0 && this.lastSeq === 0 ? 'connecting' : 'reconnecting');
    const socket = new Impl(this.options.url(this.lastSeq));
    this.socket = socket;
    socket.onopen = () => {
      this.openedAt = this.now();
      this.setState('open');
    };
    socket.onmessage = (message: MessageEvent) => this.receive(message.data);
    socket.onclose = (event: CloseEvent) => this.closed(socket, event.code);
    // An error is always followed by close, which decides what to do.
    socket.onerror = () => {};
  }

  private receive(data: unknown) {
    const event = parseServerEvent(data);
    if (!event) return;
    if (hasSeq(event)) {
      if (event.seq <= this.lastSeq) return;
      this.lastSeq = event.seq;
    }
    this.options.onEvent(event);
  }

  private closed(socket: WebSocket, code: number) {
    if (socket !== this.socket) return;
    this.detach(socket);
    this.socket = null;
    if (this.stopped) return;
    if (code === CLOSE_UNKNOWN_PROJECT) {
      this.stopped = true;
      this.setState('not-found');
      return;
    }
    if (this.openedAt && this.now() - this.openedAt >= HEALTHY_MS) this.attempt = 0;
    this.openedAt = 0;
    const delay = (this.options.backoff ?? defaultBackoff)(this.attempt);
    this.attempt += 1;
    this.setState('reconnecting');
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, delay);
  }

  private detach(socket: WebSocket) {
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
  }

  private setState(state: ConnectionState) {
    if (state === this.state) return;
    this.state = state;
    this.options.onState?.(state);
  }

  private now() {
    return (this.options.now ?? Date.now)();
  }
}

/** ws(s)://<this host>/ws/project/{id}/?after=n — same origin, so the Vite proxy and Spring both work. */
export function projectSocketUrl(projectId: string | number, after: number, loc: Location = window.location) {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${loc.host}/ws/project/${encodeURIComponent(String(projectId))}/?after=${after}`;
}
