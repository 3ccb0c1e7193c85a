import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppUserRow, DataField, DataRow } from '../api/data';
import { DataTab } from './DataTab';

// A fake of the owner's data API for project 12, answering like the server: pages by limit and
// offset, deletes, problem+json refusals (through `refuse`), and the admin link.

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, detail: string) => json(status, { type: 'about:blank', title: 'Refused', status, detail });

interface FakeCollection {
  name: string;
  fields: DataField[];
  rows: DataRow[];
}

interface FakeApp {
  collections: FakeCollection[];
  users: AppUserRow[];
  hidden: unknown[];
  /** Answers a request before the fake does (a refusal, say); undefined lets it through. */
  refuse?: (method: string, path: string) => Response | undefined;
}

const row = (id: number, values: Record<string, unknown>, owner: [number, string] | null = null): DataRow => ({
  id,
  createdAt: `2026-12-0${(id % 9) + 1}T07:00:00Z`,
  updatedAt: `2026-12-0${(id % 9) + 1}T07:00:00Z`,
  owner: owner?.[0] ?? null,
  ownerName: owner?.[1] ?? null,
  ...values,
});

const postFields: DataField[] = [
  { name: 'title', type: 'text' },
  { name: 'votes', type: 'number' },
  { name: 'published', type: 'boolean' },
  { name: 'topic', type: 'reference' },
  { name: 'link', type: 'url' },
];

function forum(): FakeApp {
  return {
    collections: [
      {
        name: 'posts',
        fields: postFields,
        rows: [
          row(3, { title: 'Third', votes: null, published: false, topic: null, link: null }),
          row(2, { title: 'Second', votes: 5, published: true, topic: 4, link: 'https://example.com/b' }, [8, 'Bob']),
          row(1, { title: 'Hello', votes: 2, published: true, topic: 4, link: 'javascript:alert(1)' }, [7, 'Alice']),
        ],
      },
      { name: 'comments', fields: [{ name: 'body', type: 'longtext' }], rows: [] },
    ],
    users: [
      { id: 7, email: 'alice@example.com', name: 'Alice', admin: true, createdAt: '2026-12-01T07:00:00Z' },
      { id: 8, email: 'bob@example.com', name: null, admin: false, createdAt: '2026-12-02T07:00:00Z' },
    ],
    hidden: ['drafts', 'posts.subtitle'],
  };
}

const BASE = '/api/projects/12/data';

function serve(app: FakeApp) {
  const page = <T,>(items: T[], url: URL) => {
    const limit = Number(url.searchParams.get('limit'));
    const offset = Number(url.searchParams.get('offset'));
    return json(200, { items: items.slice(offset, offset + limit), total: items.length, limit, offset, nextCursor: null });
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const refusal = app.refuse?.(method, url.pathname);
    if (refusal) return refusal;
    if (!url.pathname.startsWith(BASE)) return problem(404, `unexpected ${url.pathname}`);
    const [name, id] = url.pathname.slice(BASE.length + 1).split('/');
    if (!name && method === 'GET') {
      const collections = app.collections.map((c) => ({ name: c.name, count: c.rows.length, fields: c.fields }));
      return json(200, { schema: { collections: {} }, collections, users: app.users.length, hidden: app.hidden });
    }
    if (name === 'admin-link' && method === 'POST') return json(200, { url: 'http://forum-x1.apps.localhost:8080/_api/auth/admin?ticket=t1' });
    if (name === '_users') {
      if (method === 'GET') return page(app.users, url);
      app.users = app.users.filter((u) => u.id !== Number(id));
      return json(204, undefined);
    }
    const collection = app.collections.find((c) => c.name === name);
    if (!collection) return problem(404, `There is no collection ${name}.`);
    if (method === 'GET') return page(collection.rows, url);
    collection.rows = collection.rows.filter((r) => r.id !== Number(id));
    return json(204, undefined);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const requests = (fetchMock: ReturnType<typeof serve>, method = 'GET') =>
  fetchMock.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === method).map(([input]) => String(input));

const rowsTable = () => screen.getByTestId('data-rows');
const bodyRows = (table: HTMLElement) => within(table).queryAllByRole('row').slice(1);
const cellsOf = (tr: HTMLElement) => within(tr).getAllByRole('cell').map((cell) => cell.textContent);

async function shown() {
  await screen.findAllByTestId(/^data-(rows|users)-row$/);
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=token-1';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('DataTab', () => {
  it('shows each collection as a table with its count, and what was removed as kept, hidden', async () => {
    const fetchMock = serve(forum());
    render(<DataTab projectId="12" version={1} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the app’s data…');
    await shown();

    expect(screen.getByTestId('data-summary').textContent).toBe('2 collections · 2 users');
    const sections = screen.getByRole('navigation', { name: 'Collections and users' });
    expect(within(sections).getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['posts 3', 'true'],
      ['comments 0', 'false'],
      ['Users 2', 'false'],
    ]);

    const table = rowsTable();
    expect(within(table).getByRole('heading').textContent).toBe('posts');
    expect(screen.getByTestId('data-rows-count').textContent).toBe('3 rows');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'id', 'title', 'votes', 'published', 'topic', 'link', 'owner', 'created', 'Actions',
    ]);
    const [third, second, first] = bodyRows(table);
    expect(cellsOf(third).slice(0, 7)).toEqual(['3', 'Third', '—empty', 'no', '—empty', '—empty', 'anonymous']);
    expect(cellsOf(second).slice(0, 7)).toEqual(['2', 'Second', '5', 'yes', '#4', 'https://example.com/b', 'Bob']);
    expect(within(second).getByRole('link').getAttribute('href')).toBe('https://example.com/b');
    expect(within(first).queryByRole('link')).toBeNull(); // never a javascript: link
    expect(within(first).getAllByRole('cell')[6].textContent).toBe('Alice');
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-02T07:00:00Z');
    expect(within(first).getByRole('button', { name: 'Delete row 1' })).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Export posts as JSON' }).getAttribute('href')).toBe(`${BASE}/posts/export?format=json`);
    expect(screen.getByRole('link', { name: 'Export posts as CSV' }).getAttribute('href')).toBe(`${BASE}/posts/export?format=csv`);

    const hidden = screen.getByTestId('data-hidden');
    expect(within(hidden).getByRole('heading').textContent).toBe('Kept, hidden');
    expect(within(hidden).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['drafts', 'posts.subtitle']);

    expect(requests(fetchMock)).toEqual([BASE, `${BASE}/posts?limit=25&offset=0`]);
  });

  it('says when a collection has no rows and when the app keeps no collections', async () => {
    serve(forum());
    const { unmount } = render(<DataTab projectId="12" version={1} />);
    await shown();
    fireEvent.click(screen.getByRole('button', { name: 'comments 0' }));
    await waitFor(() => expect(screen.getByTestId('data-rows-count').textContent).toBe('0 rows'));
    expect(screen.getByText('No rows in comments yet: they appear here as the app’s visitors add them.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    unmount();

    serve({ collections: [], users: [], hidden: [] });
    render(<DataTab projectId="12" version={1} />);
    await screen.findByTestId('data-no-collections');
    expect(screen.getByTestId('data-summary').textContent).toBe('0 collections · 0 users');
    // With no collection, the users show; there are none either.
    await waitFor(() => expect(screen.getByTestId('data-users-count').textContent).toBe('0 users'));
    expect(screen.getByText('No one has signed up to the app yet.')).toBeTruthy();
    expect(screen.getByTestId('data-users-tab').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('data-hidden')).toBeNull();
  });

  it('pages through a long collection', async () => {
    const app = forum();
    app.collections[0].rows = Array.from({ length: 30 }, (_, i) => row(30 - i, { title: `Post ${30 - i}` }));
    const fetchMock = serve(app);
    render(<DataTab projectId="12" version={1} />);
    await shown();
    expect(bodyRows(rowsTable())).toHaveLength(25);
    expect(screen.getByRole('navigation', { name: 'Pages of posts' }).textContent).toContain('Page 1 of 2');

    fireEvent.click(screen.getByTestId('data-rows-pages-next'));
    await waitFor(() => expect(bodyRows(rowsTable())).toHaveLength(5));
    expect(cellsOf(bodyRows(rowsTable())[0])[0]).toBe('5');
    expect(screen.getByRole('navigation', { name: 'Pages of posts' }).textContent).toContain('Page 2 of 2');
    expect(requests(fetchMock)).toContain(`${BASE}/posts?limit=25&offset=25`);
  });

  it('deletes a row only once confirmed, then loads the rows and the counts again', async () => {
    const fetchMock = serve(forum());
    render(<DataTab projectId="12" version={1} />);
    await shown();

    // Asked first; Escape and Cancel both keep the row and give the focus back to Delete.
    fireEvent.click(screen.getByRole('button', { name: 'Delete row 1' }));
    const ask = screen.getByRole('group', { name: 'Delete row 1?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Yes, delete' }));
    fireEvent.keyDown(ask, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Delete row 1?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete row 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete row 1' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete row 1?' })).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete row 1' }));
    expect(requests(fetchMock, 'DELETE')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete row 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.getByTestId('data-rows-count').textContent).toBe('2 rows'));
    expect(requests(fetchMock, 'DELETE')).toEqual([`${BASE}/posts/1`]);
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'DELETE')!;
    expect(init?.headers).toMatchObject({ 'X-XSRF-TOKEN': 'token-1' });
    expect(screen.queryByRole('button', { name: 'Delete row 1' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'posts 2' })).toBeTruthy());
    await waitFor(() => expect(within(rowsTable()).getByRole('status').textContent).toBe('Deleted row 1.'));
  });

  it('says why a delete was refused and keeps the row', async () => {
    const app = forum();
    app.refuse = (method) => (method === 'DELETE' ? problem(409, 'Row 1 of posts is referenced by 2 comments.') : undefined);
    serve(app);
    render(<DataTab projectId="12" version={1} />);
    await shown();
    fireEvent.click(screen.getByRole('button', { name: 'Delete row 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(within(rowsTable()).getByRole('alert').textContent).toBe('Row 1 of posts is referenced by 2 comments.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete row 1' }));
    expect(bodyRows(rowsTable())).toHaveLength(3);
  });

  it("lists the app's users and deletes one", async () => {
    const fetchMock = serve(forum());
    render(<DataTab projectId="12" version={1} />);
    await shown();
    fireEvent.click(screen.getByTestId('data-users-tab'));
    const table = await screen.findByTestId('data-users');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(2));
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['email', 'name', 'admin', 'joined', 'Actions']);
    expect(cellsOf(bodyRows(table)[0]).slice(0, 3)).toEqual(['alice@example.com', 'Alice', 'admin']);
    expect(cellsOf(bodyRows(table)[1]).slice(0, 3)).toEqual(['bob@example.com', '—empty', 'no']);
    expect(bodyRows(table)[1].querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-02T07:00:00Z');
    expect(requests(fetchMock)).toContain(`${BASE}/_users?limit=25&offset=0`);

    fireEvent.click(screen.getByRole('button', { name: 'Delete user bob@example.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.getByTestId('data-users-count').textContent).toBe('1 user'));
    expect(requests(fetchMock, 'DELETE')).toEqual([`${BASE}/_users/8`]);
    await waitFor(() => expect(screen.getByTestId('data-summary').textContent).toBe('2 collections · 1 user'));
  });

  it("says what the server said when the data cannot be read, and tries again", async () => {
    const app = forum();
    let refusing = true;
    app.refuse = (_, path) => (refusing && path === BASE ? problem(403, 'Project 12 is not yours.') : undefined);
    serve(app);
    render(<DataTab projectId="12" version={1} />);
    await waitFor(() => expect(screen.getByTestId('data-error').textContent).toBe('Project 12 is not yours.Try again'));
    expect(screen.queryByTestId('data-rows')).toBeNull();
    refusing = false;
    fireEvent.click(within(screen.getByTestId('data-error')).getByRole('button', { name: 'Try again' }));
    await shown();
    expect(screen.queryByTestId('data-error')).toBeNull();
  });

  it('says why a table cannot be read, and tries again', async () => {
    const app = forum();
    let refusing = true;
    app.refuse = (_, path) => (refusing && path === `${BASE}/posts` ? problem(500, 'The app’s storage is not answering.') : undefined);
    serve(app);
    render(<DataTab projectId="12" version={1} />);
    const alert = await within(await screen.findByTestId('data-rows')).findByRole('alert');
    expect(alert.textContent).toBe('The app’s storage is not answering.Try again');
    refusing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await shown();
    expect(within(rowsTable()).queryByRole('alert')).toBeNull();
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    render(<DataTab projectId="12" version={1} />);
    await waitFor(() => expect(screen.getByTestId('data-error').textContent).toMatch(/^Cannot reach the Faibric server/));
  });

  it('loads again on Refresh and when a new version is deployed', async () => {
    const app = forum();
    const fetchMock = serve(app);
    const { rerender } = render(<DataTab projectId="12" version={1} />);
    await shown();
    const overviews = () => requests(fetchMock).filter((url) => url === BASE).length;
    expect(overviews()).toBe(1);

    app.collections[0].rows.unshift(row(4, { title: 'Fourth' }));
    fireEvent.click(screen.getByTestId('data-refresh'));
    await waitFor(() => expect(screen.getByTestId('data-rows-count').textContent).toBe('4 rows'));
    expect(overviews()).toBe(2);

    // A new version may add a field: the columns follow.
    app.collections[0].fields = [...postFields, { name: 'pinned', type: 'boolean' }];
    app.collections[0].rows = app.collections[0].rows.map((r) => ({ ...r, pinned: r.id === 4 }));
    rerender(<DataTab projectId="12" version={2} />);
    await waitFor(() => expect(within(rowsTable()).getAllByRole('columnheader').map((th) => th.textContent)).toContain('pinned'));
    await waitFor(() => expect(cellsOf(bodyRows(rowsTable())[0])[6]).toBe('yes'));
    expect(overviews()).toBe(3);
  });

  it('keeps the chosen collection across a refresh, and falls back when it goes away', async () => {
    const app = forum();
    serve(app);
    render(<DataTab projectId="12" version={1} />);
    await shown();
    fireEvent.click(screen.getByRole('button', { name: 'comments 0' }));
    await screen.findByText(/No rows in comments yet/);
    app.collections = app.collections.filter((c) => c.name !== 'comments');
    fireEvent.click(screen.getByTestId('data-refresh'));
    await waitFor(() => expect(within(rowsTable()).getByRole('heading').textContent).toBe('posts'));
  });

  describe('Open the app as admin', () => {
    const button = () => screen.getByRole('button', { name: /Open the app as admin/ });

    it('opens a tab on the click and sends it to the one-time link', async () => {
      const fetchMock = serve(forum());
      const tab = { closed: false, opener: window as unknown, location: { href: '' }, close: vi.fn() };
      const open = vi.fn(() => tab);
      vi.stubGlobal('open', open);
      render(<DataTab projectId="12" version={1} />);
      fireEvent.click(button());
      expect(open).toHaveBeenCalledWith('', '_blank'); // at once, while the click counts
      await waitFor(() => expect(tab.location.href).toBe('http://forum-x1.apps.localhost:8080/_api/auth/admin?ticket=t1'));
      expect(tab.opener).toBeNull();
      expect(requests(fetchMock, 'POST')).toEqual([`${BASE}/admin-link`]);
      expect(button().hasAttribute('disabled')).toBe(false);
    });

    it('shows the link when the browser kept the tab from opening', async () => {
      serve(forum());
      vi.stubGlobal('open', vi.fn(() => null));
      render(<DataTab projectId="12" version={1} />);
      fireEvent.click(button());
      const link = await screen.findByRole('link', { name: 'open the app as admin' });
      expect(link.getAttribute('href')).toBe('http://forum-x1.apps.localhost:8080/_api/auth/admin?ticket=t1');
      expect(link.getAttribute('target')).toBe('_blank');
    });

    it("closes the tab and says why when the link cannot be made", async () => {
      const app = forum();
      app.refuse = (method) => (method === 'POST' ? problem(409, 'The app has no sign-in yet.') : undefined);
      serve(app);
      const tab = { closed: false, opener: null, location: { href: '' }, close: vi.fn() };
      vi.stubGlobal('open', vi.fn(() => tab));
      render(<DataTab projectId="12" version={1} />);
      await shown();
      await act(async () => fireEvent.click(button()));
      await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('The app has no sign-in yet.'));
      expect(tab.close).toHaveBeenCalled();
      expect(tab.location.href).toBe('');
    });
  });
});
