// Where the start check runs apps: no network. Nothing may throw; the hooks say they cannot load.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { auth, collection, DataError, useCollection, useRow, useUser } from '../faibric-data';
import { settle } from './testing/fakes';

beforeEach(() => {
  vi.stubGlobal('fetch', undefined);
  vi.stubGlobal('EventSource', undefined);
});
afterEach(() => vi.unstubAllGlobals());

function Forum() {
  const { user, loading: signingIn, error: whoError } = useUser();
  const posts = useCollection('posts', { sort: '-createdAt' });
  const post = useRow('posts', 1);
  return (
    <main>
      <p>{signingIn ? 'Checking' : (user?.name ?? 'Nobody')}: {whoError?.message}</p>
      <p>{posts.loading ? 'Loading posts' : `${posts.items.length} posts`}: {posts.error?.message}</p>
      <p>{post.loading ? 'Loading post' : String(post.row)}: {post.error?.status}</p>
    </main>
  );
}

it('renders, and the hooks show that there is no network', async () => {
  render(<Forum />);
  await waitFor(() => expect(screen.getByText('0 posts: There is no network here (no fetch)')).toBeTruthy());
  expect(screen.getByText('Nobody: There is no network here (no fetch)')).toBeTruthy();
  expect(screen.getByText('null: 0')).toBeTruthy();
});

it('rejects calls with a DataError and subscribes without an error', async () => {
  await expect(collection('posts').list()).rejects.toBeInstanceOf(DataError);
  await expect(auth.logIn('a@example.com', 'secret123')).rejects.toMatchObject({ status: 0 });
  const stop = collection('posts').subscribe(() => {});
  await settle();
  stop();
});
