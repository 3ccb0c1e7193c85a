import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectDetail } from '@/types/project';
import { ProjectRoute } from './ProjectRoute';

// Here rather than in a feature: the live page shows the environment and data features' panels through slots.

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const project: ProjectDetail = {
  id: 12, slug: 'shop', title: 'Shop', prompt: 'a shop', appType: 'tool', status: 'ready', url: null,
  createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', files: [], versions: [], currentVersion: null,
};

/** A socket that never opens: the page's stream is not what this test is about. */
class SilentSocket {
  onopen = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  send() {}
  close() {}
}

/** A socket that opens and replays what `events` holds, as the server replays a project's stream. */
class ReplayingSocket extends SilentSocket {
  static events: unknown[] = [];
  readyState = 0;
  constructor() {
    super();
    setTimeout(() => {
      this.readyState = 1;
      (this.onopen as (() => void) | null)?.();
      for (const event of ReplayingSocket.events) (this.onmessage as ((m: { data: string }) => void) | null)?.({ data: JSON.stringify(event) });
    }, 0);
  }
}

const overview = { schema: { collections: {} }, collections: [{ name: 'posts', count: 0, fields: [{ name: 'title', type: 'text' }] }], users: 0, hidden: [] };

/** The project page of `detail`, answering its data API too; returns the fake fetch. */
function openProject(detail: ProjectDetail) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url === '/api/projects/12/') return json(200, detail);
    if (url === '/api/projects/12/data') return json(200, overview);
    if (url.startsWith('/api/projects/12/data/posts?')) return json(200, { items: [], total: 0, limit: 25, offset: 0, nextCursor: null });
    return json(404, { detail: `unexpected ${url}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  const router = createMemoryRouter([{ path: '/projects/:id', element: <ProjectRoute /> }], { initialEntries: ['/projects/12'] });
  render(<RouterProvider router={router} />);
  return fetchMock;
}

describe('ProjectRoute', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the environment variables under the title', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === '/api/projects/12/') return json(200, project);
      if (String(input) === '/api/projects/12/environment') return json(200, { variables: { VITE_API_URL: 'https://api.example.com' }, note: 'Public.' });
      return json(404, { detail: `unexpected ${String(input)}` });
    });
    vi.stubGlobal('fetch', fetchMock);
    const router = createMemoryRouter([{ path: '/projects/:id', element: <ProjectRoute /> }], { initialEntries: ['/projects/12'] });
    render(<RouterProvider router={router} />);

    await waitFor(() => expect(screen.getByTestId('project-title').textContent).toBe('Shop'));
    const header = screen.getByTestId('project-title').closest('header') as HTMLElement;
    const panel = within(header).getByTestId('environment-panel');
    fireEvent.click(within(panel).getByRole('button', { name: /Environment variables/ }));
    await waitFor(() => expect(within(panel).getByLabelText<HTMLInputElement>('Name of variable 1').value).toBe('VITE_API_URL'));
    expect(within(header).getByTestId('secrets-panel')).toBeTruthy();
    fireEvent.click(within(header).getByRole('button', { name: 'Delete project' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete “Shop”?' })).toBeTruthy();
  });

  it('offers a Data view beside Preview and Code for an app that keeps data', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    openProject({ ...project, requiresBackend: true, url: 'http://shop.apps.localhost:8080/', currentVersion: 1 });
    const toggle = await screen.findByTestId('data-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('data-tab')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(screen.getByRole('region', { name: 'Preview' })).getByTestId('data-tab')).toBeTruthy();
    await screen.findByText('No rows in posts yet: they appear here as the app’s visitors add them.');
    expect(screen.queryByTestId('preview-frame')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByTestId('preview-frame')).toBeTruthy();
  });

  it('has no Data view for an app without data', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    const fetchMock = openProject({ ...project, requiresBackend: false });
    await waitFor(() => expect(screen.getByTestId('project-title').textContent).toBe('Shop'));
    expect(screen.queryByTestId('data-toggle')).toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => String(input))).not.toContain('/api/projects/12/data');
  });

  it('offers the Data view as soon as a build says the app keeps data', async () => {
    ReplayingSocket.events = [
      { seq: 1, type: 'complete', content: { title: 'Shop', app_type: 'tool', requires_backend: true }, timestamp: 1, version: 1 },
      { seq: 2, type: 'deployed', content: 'Version 1 is live', timestamp: 2, url: 'http://shop.apps.localhost:8080/', version: 1 },
    ];
    vi.stubGlobal('WebSocket', ReplayingSocket);
    openProject({ ...project, requiresBackend: false });
    fireEvent.click(await screen.findByTestId('data-toggle'));
    await screen.findByText(/No rows in posts yet/);
  });

  it('keeps the Data view of a project that keeps data whatever an older build said', async () => {
    ReplayingSocket.events = [
      { seq: 1, type: 'complete', content: { title: 'Shop', app_type: 'tool', requires_backend: false }, timestamp: 1, version: 1 },
    ];
    vi.stubGlobal('WebSocket', ReplayingSocket);
    openProject({ ...project, requiresBackend: true });
    await screen.findByTestId('data-toggle');
    await waitFor(() => expect(screen.getByTestId('messages').textContent).toContain('Shop'));
    expect(screen.getByTestId('data-toggle')).toBeTruthy();
  });

  it('shows the preview and the chat as two tabs on a phone', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 760px)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    openProject(project);
    const tabs = await screen.findByRole('tablist', { name: 'Show' });
    const [preview, chat] = within(tabs).getAllByRole('tab');
    expect([preview.textContent, chat.textContent]).toEqual(['Preview', 'Chat']);
    const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls')!)!;
    expect(panelOf(preview)).toBe(screen.getByRole('tabpanel', { name: 'Preview' }));
    expect(panelOf(chat).hidden).toBe(true);
    expect(panelOf(chat).contains(screen.getByTestId('chat-input'))).toBe(true);
    fireEvent.click(chat);
    expect(panelOf(chat)).toBe(screen.getByRole('tabpanel', { name: 'Chat' }));
    expect(panelOf(preview).hidden).toBe(true);
  });

  it('keeps the two panels side by side, without tabs, on a wider screen', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => {}, removeEventListener: () => {} }));
    openProject(project);
    await waitFor(() => expect(screen.getByTestId('project-title').textContent).toBe('Shop'));
    expect(screen.queryByRole('tablist', { name: 'Show' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Preview' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Conversation' })).toBeTruthy();
  });
});
