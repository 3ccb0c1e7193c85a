import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateAppForm } from '@/features/generate/components/CreateAppForm';
import type { Page, SearchHit, TemplateItem } from '@/features/library/api/library';
import { LibraryPage, SEARCH_DEBOUNCE_MS } from '@/features/library/components/LibraryPage';

// Here rather than in the library feature: "Use this" lands on the generate feature's form, and
// only app/ may put two features together.

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'template', id: 1, slug: 'x', name: 'X', description: '', category: null, similarity: 0.5, score: 0.5, usageCount: 0, quality: 0.5,
  ...over,
});

const template = (over: Partial<TemplateItem>): TemplateItem => ({
  id: 1, slug: 'tip-calculator', name: 'Tip calculator', description: 'Splits a bill.', category: 'tool', appType: 'tool',
  keywords: [], provides: ['Bill amount', 'Presets', 'Round-up', 'Currencies'], usageCount: 4, successRate: 1,
  ...over,
});

const templatesPage = (items: TemplateItem[], total = items.length, page = 0): Page<TemplateItem> => ({ total, page, size: 12, items });

/** Answers the library endpoints; `search` decides what a search returns. */
function stubServer(search: (url: URL) => Response | Promise<Response> = () => json(200, { query: '', results: [] })) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/repository/search/') return search(url);
    if (url.pathname === '/api/repository/templates/') {
      const category = url.searchParams.get('category');
      const all = [template({}), template({ id: 2, slug: 'tic-tac-toe', name: 'Tic-tac-toe', category: 'game', appType: 'game', usageCount: 0 })];
      return json(200, templatesPage(all.filter((t) => !category || t.category === category), 30, Number(url.searchParams.get('page') ?? 0)));
    }
    if (url.pathname === '/api/repository/components/') return json(200, { total: 0, page: 0, size: 12, items: [] });
    return json(404, { detail: `unexpected ${url.pathname}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const calls = (fetchMock: ReturnType<typeof stubServer>, path: string) =>
  fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost')).filter((u) => u.pathname === path);

function renderLibrary(entry = '/library') {
  const router = createMemoryRouter(
    [
      { path: '/library', element: <LibraryPage /> },
      { path: '/', element: <CreateAppForm /> },
    ],
    { initialEntries: [entry] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LibraryPage search', () => {
  it('searches once typing pauses, not on every key', async () => {
    vi.useFakeTimers();
    const fetchMock = stubServer((url) =>
      json(200, {
        query: url.searchParams.get('q'),
        results: [
          hit({ kind: 'component', id: 7, name: 'Pricing table', category: 'component', description: 'Three plans side by side.', similarity: 0.873, usageCount: 3 }),
          hit({ kind: 'template', id: 2, name: 'Landing page', category: 'website', similarity: 0.61, usageCount: 1 }),
        ],
      }),
    );
    const router = renderLibrary();
    const box = screen.getByTestId('library-search');

    for (const text of ['p', 'pri', 'pricing', 'pricing table']) {
      fireEvent.change(box, { target: { value: text } });
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50));
    }
    expect(calls(fetchMock, '/api/repository/search/')).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(50));
    vi.useRealTimers();
    const cards = await screen.findAllByTestId('library-result');

    const searches = calls(fetchMock, '/api/repository/search/');
    expect(searches).toHaveLength(1);
    expect(searches[0].searchParams.get('q')).toBe('pricing table');
    expect(searches[0].searchParams.has('kind')).toBe(false);
    expect(router.state.location.search).toBe('?q=pricing+table');

    expect(cards).toHaveLength(2);
    const first = within(cards[0]);
    expect(first.getByRole('heading').textContent).toBe('Pricing table');
    expect(cards[0].textContent).toContain('component');
    expect(cards[0].textContent).toContain('87% match');
    expect(cards[0].textContent).toContain('Used 3 times');
    expect(cards[0].textContent).toContain('Three plans side by side.');
    expect(first.queryByTestId('library-use')).toBeNull(); // only templates start an app
    expect(cards[1].textContent).toContain('website');
    expect(cards[1].textContent).toContain('61% match');
    expect(cards[1].textContent).toContain('Used once');
    expect(within(cards[1]).getByTestId('library-use')).toBeTruthy();
  });

  it('filters by kind, and a linked query searches at once', async () => {
    const fetchMock = stubServer((url) =>
      json(200, { query: url.searchParams.get('q'), results: [hit({ kind: 'theme', name: 'Midnight', category: 'dark', similarity: 0.4 })] }),
    );
    renderLibrary('/library?q=dark');
    expect(screen.getByTestId<HTMLInputElement>('library-search').value).toBe('dark');
    await screen.findByText('Midnight');

    fireEvent.click(screen.getByTestId('library-kind-theme'));
    expect(screen.getByTestId('library-kind-theme').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(calls(fetchMock, '/api/repository/search/')).toHaveLength(2));
    expect(calls(fetchMock, '/api/repository/search/')[1].searchParams.get('kind')).toBe('theme');
  });

  it('says when nothing matches', async () => {
    stubServer(() => json(200, { query: 'zzz', results: [] }));
    renderLibrary('/library?q=zzz');
    expect(await screen.findByText('Nothing in the library matches “zzz”.')).toBeTruthy();
    expect(screen.queryAllByTestId('library-result')).toHaveLength(0);
  });

  it("shows the server's problem detail", async () => {
    stubServer(() => json(400, { title: 'Bad Request', status: 400, detail: 'The query has 1200 characters; the limit is 1000.' }));
    renderLibrary('/library?q=long');
    expect((await screen.findByTestId('library-error')).textContent).toBe('The query has 1200 characters; the limit is 1000.');
  });
});

describe('LibraryPage templates', () => {
  it('lists templates without a query, filtered by category chips and paged', async () => {
    const fetchMock = stubServer();
    renderLibrary();
    const cards = await screen.findAllByTestId('library-result');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Tip calculator');
    expect(cards[0].textContent).toContain('+1 more'); // four features, three shown
    expect(cards[1].textContent).toContain('Not used yet');
    expect(calls(fetchMock, '/api/repository/search/')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('library-category-game'));
    await waitFor(() => expect(screen.getAllByTestId('library-result')).toHaveLength(1));
    expect(calls(fetchMock, '/api/repository/templates/').at(-1)!.searchParams.get('category')).toBe('game');

    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    fireEvent.click(screen.getByTestId('library-next'));
    await waitFor(() => expect(screen.getByText('Page 2 of 3')).toBeTruthy());
    const last = calls(fetchMock, '/api/repository/templates/').at(-1)!;
    expect(last.searchParams.get('page')).toBe('1');
    expect(last.searchParams.get('category')).toBe('game');
  });

  it('"Use this" opens the home page with the prompt filled in', async () => {
    stubServer();
    const router = renderLibrary();
    const [first] = await screen.findAllByTestId('library-result');
    fireEvent.click(within(first).getByTestId('library-use'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.getByTestId<HTMLTextAreaElement>('prompt-input').value).toBe('A tip calculator');
  });
});
