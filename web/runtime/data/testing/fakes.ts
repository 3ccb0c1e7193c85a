// A fake server behind `fetch` and a fake EventSource, for the client's tests.
import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
}

/** Answers a request; may return a promise to answer later. */
export type Handler = (call: Call) => Reply | Promise<Reply>;

/** Stubs `fetch` with `handler`; the calls it got, in order. */
export function fakeFetch(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call: Call = {
        method: init.method ?? 'GET',
        url,
        headers: { ...(init.headers as Record<string, string>) },
        credentials: init.credentials,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      };
      calls.push(call);
      const reply = await handler(call);
      return {
        ok: reply.status >= 200 && reply.status < 300,
        status: reply.status,
        json: async () => {
          if (reply.body === undefined) throw new SyntaxError('Unexpected end of JSON input');
          return reply.body;
        },
      } as Response;
    }),
  );
  return calls;
}

/** A reply to be given later: `reply` resolves the request. */
export function later(): { promise: Promise<Reply>; reply: (reply: Reply) => void } {
  let reply: (reply: Reply) => void = () => {};
  const promise = new Promise<Reply>((resolve) => (reply = resolve));
  return { promise, reply };
}

/** An EventSource the test opens, fails and sends events on. */
export class FakeEventSource extends EventTarget {
  static all: FakeEventSource[] = [];
  readonly url: string;
  closed = false;

  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.all.push(this);
  }

  static open(): FakeEventSource[] {
    return FakeEventSource.all.filter((source) => !source.closed);
  }

  close() {
    this.closed = true;
  }

  opened() {
    this.dispatchEvent(new Event('open'));
  }

  failed() {
    this.dispatchEvent(new Event('error'));
  }

  change(collection: string, action: string, id: number) {
    this.dispatchEvent(new MessageEvent('change', { data: JSON.stringify({ collection, action, id }) }));
  }
}

/** Stubs `EventSource` with the fake, forgetting earlier ones. */
export function fakeEventSource() {
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
}

/** Lets promises and the client's microtasks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A row as the server writes it. */
export const row = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  createdAt: '2026-12-06T07:00:00Z',
  updatedAt: '2026-12-06T07:00:00Z',
  owner: null,
  ownerName: null,
  ...fields,
});

/** A list answer with these rows. */
export const page = (...items: unknown[]) => ({ items, total: items.length, limit: 50, offset: 0, nextCursor: null });
