// Its own file: the module (and who is signed in as far as it knows) is new for every test file.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useCollection, useUser } from '../faibric-data';
import { fakeEventSource, fakeFetch, later, page, row } from './testing/fakes';

beforeEach(() => fakeEventSource());
afterEach(() => vi.unstubAllGlobals());

const alice = { id: 7, email: 'alice@example.com', name: 'Alice', admin: false };

function Account() {
  const { user, loading, error, logIn, logOut } = useUser();
  const posts = useCollection('posts', { where: { owner: 'me' } });
  if (loading) return <p>Loading…</p>;
  return (
    <div>
      <p>{user ? `Hello ${user.name}` : 'Signed out'}</p>
      <p>{error?.message}</p>
      <p>{posts.items.length} posts</p>
      <button onClick={() => void logIn('alice@example.com', 'secret123')}>In</button>
      <button onClick={() => void logOut()}>Out</button>
    </div>
  );
}

it('is loading until the server says who is signed in, then re-renders on sign-in and out', async () => {
  const me = later();
  const calls = fakeFetch((call) => {
    if (call.url === '/_api/auth/me') return me.promise;
    if (call.url === '/_api/auth/login') return { status: 200, body: { user: alice } };
    if (call.url === '/_api/auth/logout') return { status: 204 };
    const signedIn = calls.filter((c) => c.method === 'POST').length % 2 === 1;
    return { status: 200, body: signedIn ? page(row(1), row(2)) : page() };
  });
  render(
    <>
      <Account />
      <Account />
    </>,
  );
  expect(screen.getAllByText('Loading…')).toHaveLength(2);

  me.reply({ status: 200, body: { user: null } });
  await waitFor(() => expect(screen.getAllByText('Signed out')).toHaveLength(2));
  expect(calls.filter((c) => c.url === '/_api/auth/me')).toHaveLength(1);

  act(() => screen.getAllByText('In')[0].click());
  await waitFor(() => expect(screen.getAllByText('Hello Alice')).toHaveLength(2));
  await waitFor(() => expect(screen.getAllByText('2 posts')).toHaveLength(2));

  act(() => screen.getAllByText('Out')[1].click());
  await waitFor(() => expect(screen.getAllByText('Signed out')).toHaveLength(2));
  await waitFor(() => expect(screen.getAllByText('0 posts')).toHaveLength(2));
});
