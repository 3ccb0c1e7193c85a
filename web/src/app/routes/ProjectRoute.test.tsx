import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectDetail } from '@/types/project';
import { ProjectRoute } from './ProjectRoute';

// Here rather than in a feature: the live page shows the environment feature's panel through a slot.

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
  });
});
