import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auth, collection, useCollection, useRow } from '../faibric-data';
import { fakeEventSource, FakeEventSource, fakeFetch, later, page, row, settle, type Call } from './testing/fakes';

beforeEach(() => fakeEventSource());
afterEach(() => vi.unstubAllGlobals());

const gets = (calls: Call[], prefix: string) => calls.filter((c) => c.method === 'GET' && c.url.startsWith(prefix));

describe('useCollection', () => {
  it('is loading until the rows come, then shows them and their total', async () => {
    const answer = later();
    const calls = fakeFetch(() => answer.promise);
    const { result } = renderHook(() => useCollection('posts', { where: { owner: 'me' }, sort: '-createdAt' }));

    expect(result.current).toMatchObject({ items: [], total: 0, loading: true, error: null });
    answer.reply({ status: 200, body: { ...page(row(1), row(2)), total: 9 } });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.items.map((r) => r.id)).toEqual([1, 2]);
    expect(result.current.total).toBe(9);
    expect(calls.map((c) => c.url)).toEqual(['/_api/data/posts?owner=me&sort=-createdAt']);
  });

  it("shows the server's refusal as an error, not loading", async () => {
    fakeFetch(() => ({ status: 401, body: { status: 401, title: 'Unauthorized', detail: 'Sign in to see posts' } }));
    const { result } = renderHook(() => useCollection('posts'));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current).toMatchObject({ loading: false, items: [] });
    expect(result.current.error).toMatchObject({ status: 401, message: 'Sign in to see posts' });
  });

  it('refetches on the live events of its collection, and after the page writes to it', async () => {
    let version = 0;
    const calls = fakeFetch((call) =>
      call.method === 'POST' ? { status: 201, body: row(5) } : { status: 200, body: page(row(++version)) },
    );
    const { result } = renderHook(() => useCollection('posts'));
    await waitFor(() => expect(result.current.items[0]?.id).toBe(1));
    await act(settle);
    const [live] = FakeEventSource.all;
    expect(live.url).toBe('/_api/live?collections=posts');

    act(() => live.change('comments', 'created', 3));
    act(() => live.change('posts', 'created', 4));
    await waitFor(() => expect(result.current.items[0]?.id).toBe(2));
    await act(() => collection('posts').create({ title: 'mine' }));
    await waitFor(() => expect(result.current.items[0]?.id).toBe(3));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.items[0]?.id).toBe(4));
    expect(result.current.loading).toBe(false);
    expect(gets(calls, '/_api/data/posts')).toHaveLength(4);
  });

  it('never lets an older answer replace a newer one', async () => {
    const answers = { a: later(), b: later() };
    fakeFetch((call) => (call.url.endsWith('=a') ? answers.a.promise : answers.b.promise));
    const { result, rerender } = renderHook(({ topic }) => useCollection('posts', { where: { topic } }), {
      initialProps: { topic: 'a' },
    });
    rerender({ topic: 'b' });
    answers.b.reply({ status: 200, body: page(row(2)) });
    await waitFor(() => expect(result.current.items[0]?.id).toBe(2));
    answers.a.reply({ status: 200, body: page(row(1)) });
    await act(settle);
    expect(result.current.items.map((r) => r.id)).toEqual([2]);
  });

  it('asks once more, not once per event, for the events that come while it asks', async () => {
    const answers = [later(), later(), later()];
    let asked = 0;
    const calls = fakeFetch(() => answers[asked++].promise);
    const { result } = renderHook(() => useCollection('posts'));
    answers[0].reply({ status: 200, body: page(row(1)) });
    await waitFor(() => expect(result.current.loading).toBe(false));
    await act(settle);
    const [live] = FakeEventSource.all;

    act(() => live.change('posts', 'created', 2));
    act(() => live.change('posts', 'created', 3));
    act(() => live.change('posts', 'created', 4));
    expect(calls).toHaveLength(2);
    answers[1].reply({ status: 200, body: page(row(2)) });
    await waitFor(() => expect(calls).toHaveLength(3));
    answers[2].reply({ status: 200, body: page(row(4)) });
    await waitFor(() => expect(result.current.items[0]?.id).toBe(4));
  });

  it('refetches when someone signs in or out', async () => {
    const calls = fakeFetch((call) =>
      call.url === '/_api/auth/logout' ? { status: 204 } : { status: 200, body: page(row(calls.length)) },
    );
    renderHook(() => useCollection('posts', { where: { owner: 'me' } }));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(() => auth.logOut());
    await waitFor(() => expect(gets(calls, '/_api/data/posts')).toHaveLength(2));
  });

  it('stops listening when unmounted, and an answer that comes after is dropped', async () => {
    const answer = later();
    const calls = fakeFetch(() => answer.promise);
    const errors = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useCollection('posts'));
    await act(settle);
    expect(FakeEventSource.open()).toHaveLength(1);

    unmount();
    await act(settle);
    expect(FakeEventSource.open()).toHaveLength(0);
    answer.reply({ status: 200, body: page(row(1)) });
    await act(() => auth.logOut().catch(() => {}));
    await act(settle);
    expect(result.current.loading).toBe(true);
    expect(gets(calls, '/_api/data')).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('useRow', () => {
  it('reads one row, refetches on changes to it only, and shows a deleted row as gone', async () => {
    let title = 'first';
    const calls = fakeFetch(() => (title === 'gone' ? { status: 404, body: { detail: 'No posts row 12' } } : { status: 200, body: row(12, { title }) }));
    const { result } = renderHook(() => useRow<{ title: string }>('posts', 12));
    expect(result.current).toMatchObject({ row: null, loading: true });
    await waitFor(() => expect(result.current.row?.title).toBe('first'));
    await act(settle);
    const [live] = FakeEventSource.all;

    title = 'second';
    act(() => live.change('posts', 'updated', 13));
    await act(settle);
    expect(calls).toHaveLength(1);
    act(() => live.change('posts', 'updated', 12));
    await waitFor(() => expect(result.current.row?.title).toBe('second'));
    title = 'gone';
    act(() => live.change('posts', 'deleted', 12));
    await waitFor(() => expect(result.current.error?.status).toBe(404));
    expect(result.current.row).toBeNull();
    expect(calls.map((c) => c.url)).toEqual(Array(3).fill('/_api/data/posts/12'));
  });

  it('asks for nothing while there is no id', async () => {
    const calls = fakeFetch(() => ({ status: 200, body: row(1) }));
    const { result } = renderHook(() => useRow('posts', undefined));
    await act(settle);
    expect(result.current).toMatchObject({ row: null, loading: false, error: null });
    expect(calls).toHaveLength(0);
  });
});
