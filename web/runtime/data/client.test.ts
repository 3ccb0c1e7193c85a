import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auth, collection, DataError } from '../faibric-data';
import { fakeEventSource, FakeEventSource, fakeFetch, page, row, settle, type Call } from './testing/fakes';

type Post = { id: number; createdAt: string; updatedAt: string; owner: number | null; ownerName: string | null; title: string };

beforeEach(() => fakeEventSource());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('collection', () => {
  it('reads and writes rows at /_api/data with JSON, the session cookie and the right methods', async () => {
    const calls = fakeFetch((call) => {
      if (call.method === 'DELETE') return { status: 204 };
      if (call.method === 'GET' && call.url.startsWith('/_api/data/posts?')) return { status: 200, body: page(row(1)) };
      return { status: call.method === 'POST' ? 201 : 200, body: row(12, { title: 'Hi' }) };
    });
    const posts = collection<Post>('posts');

    expect(await posts.list({ where: { title: { contains: 'java' } }, sort: '-createdAt', limit: 20 })).toEqual(page(row(1)));
    expect((await posts.get(12)).title).toBe('Hi');
    expect((await posts.create({ title: 'Hi' })).id).toBe(12);
    expect((await posts.update(12, { title: 'Hi' })).id).toBe(12);
    expect(await posts.remove(12)).toBeUndefined();

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /_api/data/posts?title%5Bcontains%5D=java&sort=-createdAt&limit=20',
      'GET /_api/data/posts/12',
      'POST /_api/data/posts',
      'PATCH /_api/data/posts/12',
      'DELETE /_api/data/posts/12',
    ]);
    expect(calls.every((c) => c.credentials === 'same-origin' && c.headers.Accept === 'application/json')).toBe(true);
    const writes = calls.filter((c) => c.method !== 'GET');
    expect(writes.every((c) => c.headers['Content-Type'] === 'application/json')).toBe(true);
    expect(calls[0].headers['Content-Type']).toBeUndefined();
    expect(writes.map((c) => c.body)).toEqual([{ title: 'Hi' }, { title: 'Hi' }, undefined]);
  });

  it("rejects with a DataError whose message is the server's detail", async () => {
    const replies: Record<string, { status: number; body?: unknown }> = {
      '/_api/data/posts/1': { status: 400, body: { title: 'Bad Request', status: 400, detail: "posts: unknown field 'titel'" } },
      '/_api/data/posts/2': { status: 403, body: { title: 'Forbidden', status: 403 } },
      '/_api/data/posts/3': { status: 502 },
      '/_api/data/posts/4': { status: 200 },
    };
    fakeFetch((call) => replies[call.url]);
    const posts = collection('posts');
    const failure = (id: number) => posts.get(id).then(() => null, (error: unknown) => error);

    const first = await failure(1);
    expect(first).toBeInstanceOf(DataError);
    expect(first).toBeInstanceOf(Error);
    expect(first).toMatchObject({ name: 'DataError', status: 400, message: "posts: unknown field 'titel'" });
    expect(await failure(2)).toMatchObject({ status: 403, message: 'Forbidden' });
    expect(await failure(3)).toMatchObject({ status: 502, message: 'Request failed (502)' });
    expect(await failure(4)).toMatchObject({ status: 200, message: 'The server did not answer with JSON' });
  });

  it('rejects with status 0 when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(collection('posts').list()).rejects.toMatchObject({
      status: 0,
      message: 'Cannot reach the server (Failed to fetch)',
    });
  });

  it("tells the collection's subscribers about the page's own writes", async () => {
    fakeFetch((call) => (call.method === 'DELETE' ? { status: 204 } : { status: 201, body: row(7) }));
    const posts = collection('posts');
    const seen: unknown[] = [];
    const stop = posts.subscribe((change) => seen.push(change));
    const others = collection('comments').subscribe(() => seen.push('comments'));

    await posts.create({ title: 'x' });
    await posts.update('7', { title: 'y' });
    await posts.remove('7');
    stop();
    await posts.create({ title: 'after' });
    others();

    expect(seen).toEqual([
      { collection: 'posts', action: 'created', id: 7 },
      { collection: 'posts', action: 'updated', id: 7 },
      { collection: 'posts', action: 'deleted', id: 7 },
    ]);
  });
});

describe('live updates', () => {
  it('share one EventSource for every collection watched, replaced when the set changes', async () => {
    const posts: unknown[] = [];
    const comments: unknown[] = [];
    const stopPosts = collection('posts').subscribe((change) => posts.push(change));
    const stopAgain = collection('posts').subscribe(() => {});
    await settle();
    expect(FakeEventSource.all.map((s) => s.url)).toEqual(['/_api/live?collections=posts']);

    const stopComments = collection('comments').subscribe((change) => comments.push(change));
    await settle();
    const [first, second] = FakeEventSource.all;
    expect(second.url).toBe('/_api/live?collections=comments,posts');
    expect(first.closed).toBe(false);
    first.change('posts', 'created', 1);
    second.opened();
    expect(first.closed).toBe(true);
    second.change('comments', 'deleted', 2);
    second.change('posts', 'updated', 3);
    second.dispatchEvent(new MessageEvent('change', { data: 'not json' }));

    expect(posts).toEqual([
      { collection: 'posts', action: 'created', id: 1 },
      { collection: 'posts', action: 'updated', id: 3 },
    ]);
    expect(comments).toEqual([{ collection: 'comments', action: 'deleted', id: 2 }]);

    stopPosts();
    stopAgain();
    await settle();
    FakeEventSource.all[2].opened();
    expect(FakeEventSource.open().map((s) => s.url)).toEqual(['/_api/live?collections=comments']);
    stopComments();
    await settle();
    expect(FakeEventSource.open()).toEqual([]);
  });

  it('reopen with backoff after a failure, and have every watcher refetch once back', async () => {
    vi.useFakeTimers();
    const told: unknown[] = [];
    const stop = collection('posts').subscribe((change) => told.push(change ?? 'refetch'));
    await vi.advanceTimersByTimeAsync(0);
    FakeEventSource.all[0].opened();
    FakeEventSource.all[0].failed();
    expect(FakeEventSource.all[0].closed).toBe(true);

    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.all).toHaveLength(2);
    FakeEventSource.all[1].failed();
    await vi.advanceTimersByTimeAsync(1999);
    expect(FakeEventSource.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.all).toHaveLength(3);
    expect(told).toEqual([]);

    FakeEventSource.all[2].opened();
    expect(told).toEqual(['refetch']);
    FakeEventSource.all[2].failed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeEventSource.all).toHaveLength(4);
    stop();
  });

  it('are off, without an error, where there is no EventSource', async () => {
    vi.stubGlobal('EventSource', undefined);
    const stop = collection('posts').subscribe(() => {});
    await settle();
    stop();
  });
});

describe('auth', () => {
  it('signs up, in and out with JSON, and tells its listeners who is signed in', async () => {
    const alice = { id: 7, email: 'alice@example.com', name: 'Alice', admin: false };
    const calls: Call[] = fakeFetch((call) => {
      if (call.url === '/_api/auth/logout') return { status: 204 };
      if (call.url === '/_api/auth/me') return { status: 200, body: { user: null } };
      return { status: call.url.endsWith('signup') ? 201 : 200, body: { user: alice } };
    });
    const seen: unknown[] = [];
    const stop = auth.onChange((user) => seen.push(user?.name ?? null));

    expect(await auth.me()).toBeNull();
    expect(await auth.signUp('alice@example.com', 'secret123', 'Alice')).toEqual(alice);
    expect(await auth.logIn('alice@example.com', 'secret123')).toEqual(alice);
    expect(await auth.logOut()).toBeUndefined();
    stop();
    await auth.logIn('alice@example.com', 'secret123');

    expect(seen).toEqual(['Alice', null]);
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', '/_api/auth/me', undefined],
      ['POST', '/_api/auth/signup', { email: 'alice@example.com', password: 'secret123', name: 'Alice' }],
      ['POST', '/_api/auth/login', { email: 'alice@example.com', password: 'secret123' }],
      ['POST', '/_api/auth/logout', undefined],
      ['POST', '/_api/auth/login', { email: 'alice@example.com', password: 'secret123' }],
    ]);
    expect(calls.filter((c) => c.method === 'POST').every((c) => c.headers['Content-Type'] === 'application/json')).toBe(true);
  });

  it('asks the server once for everyone asking at the same time, and passes on its refusals', async () => {
    const calls = fakeFetch((call) =>
      call.url === '/_api/auth/me'
        ? { status: 200, body: { user: null } }
        : { status: 401, body: { title: 'Unauthorized', status: 401, detail: 'Wrong email or password' } },
    );
    const [a, b] = await Promise.all([auth.me(), auth.me()]);
    expect([a, b]).toEqual([null, null]);
    expect(calls).toHaveLength(1);
    await expect(auth.logIn('a@example.com', 'nope-nope')).rejects.toMatchObject({
      status: 401,
      message: 'Wrong email or password',
    });
  });
});
