import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../model/events';
import { projectSocketUrl, ReconnectingSocket, type ConnectionState } from './reconnectingSocket';

/** Just enough of a WebSocket to drive the client from the test. */
class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  closedWith: number | undefined;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedWith = code;
    this.readyState = 3;
  }
  // Server side:
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  emit(event: Partial<ServerEvent>) {
    this.onmessage?.({ data: JSON.stringify({ timestamp: 0, content: '', ...event }) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const latest = () => FakeSocket.all[FakeSocket.all.length - 1];

function client() {
  const events: ServerEvent[] = [];
  const states: ConnectionState[] = [];
  const socket = new ReconnectingSocket({
    url: (after) => `ws://test/ws/project/12/?after=${after}`,
    onEvent: (e) => events.push(e),
    onState: (s) => states.push(s),
    backoff: (attempt) => 1000 * (attempt + 1),
    WebSocketImpl: FakeSocket as unknown as new (url: string) => WebSocket,
  });
  socket.start();
  return { socket, events, states };
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('ReconnectingSocket', () => {
  it('starts from after=0 and reconnects after the highest seq seen', () => {
    const { events } = client();
    expect(latest().url).toBe('ws://test/ws/project/12/?after=0');
    latest().open();
    latest().emit({ seq: 1, type: 'thinking' });
    latest().emit({ seq: 2, type: 'progress' });
    latest().drop();

    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(latest().url).toBe('ws://test/ws/project/12/?after=2');
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('drops replayed duplicates and malformed frames', () => {
    const { events, socket } = client();
    latest().open();
    latest().emit({ seq: 1, type: 'thinking' });
    latest().emit({ seq: 3, type: 'thinking' });
    latest().emit({ seq: 2, type: 'thinking' });
    latest().emit({ seq: 3, type: 'thinking' });
    latest().onmessage?.({ data: 'not json' });
    latest().emit({ seq: 4, type: 'file' });
    expect(events.map((e) => e.seq)).toEqual([1, 3, 4]);
    expect(socket.lastSeq).toBe(4);
  });

  it('backs off more on each failed attempt and resets after a healthy connection', () => {
    client();
    latest().drop(); // attempt 0 -> 1000ms
    vi.advanceTimersByTime(999);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);

    latest().drop(); // attempt 1 -> 2000ms
    vi.advanceTimersByTime(1999);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);

    latest().open();
    vi.advanceTimersByTime(6000); // stayed up long enough to count as healthy
    latest().drop(); // back to attempt 0 -> 1000ms
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(4);
  });

  it('treats close code 4404 as a missing project and never reconnects', () => {
    const { states } = client();
    latest().drop(4404);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(states.at(-1)).toBe('not-found');
  });

  it('reports connection states and only sends while open', () => {
    const { socket, states } = client();
    expect(socket.send({ type: 'user_message', content: 'hi' })).toBe(false);
    latest().open();
    expect(socket.send({ type: 'user_message', content: 'hi' })).toBe(true);
    expect(JSON.parse(latest().sent[0])).toEqual({ type: 'user_message', content: 'hi' });
    latest().drop();
    expect(socket.send({ type: 'user_message', content: 'lost' })).toBe(false);
    vi.advanceTimersByTime(1000);
    latest().open();
    expect(states).toEqual(['open', 'reconnecting', 'open']);
  });

  it('stops for good when closed by the page', () => {
    const { socket, states } = client();
    latest().open();
    const first = latest();
    socket.close();
    expect(first.closedWith).toBe(1000);
    first.drop(1000); // a late close event from the old socket is ignored
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(states.at(-1)).toBe('closed');
  });

  it('cancels a pending reconnect when closed', () => {
    const { socket } = client();
    latest().drop();
    socket.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});

describe('projectSocketUrl', () => {
  it('uses the page host and a matching ws scheme', () => {
    expect(projectSocketUrl(12, 5, { protocol: 'http:', host: 'localhost:8080' } as Location)).toBe('ws://localhost:8080/ws/project/12/?after=5');
    expect(projectSocketUrl('7', 0, { protocol: 'https:', host: 'faibric.example' } as Location)).toBe('wss://faibric.example/ws/project/7/?after=0');
  });
});
