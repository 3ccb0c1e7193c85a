import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GenerationCost } from '@/types/project';
import { BuildFacts } from './BuildFacts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const cost: GenerationCost = {
  aiCalls: 1, inputTokens: 1500, outputTokens: 640, firstTokenMillis: 1200, durationMillis: 8600, aiMillis: 7900, provider: 'anthropic', model: 'claude',
};

function renderFacts(reused: string[], c: GenerationCost | undefined = cost) {
  const router = createMemoryRouter([{ path: '/', element: <BuildFacts reused={reused} cost={c} /> }]);
  render(<RouterProvider router={router} />);
}

const templates = {
  total: 1, page: 0, size: 100,
  items: [{ id: 1, slug: 'tip-calculator', name: 'Tip calculator', description: '', category: 'tool', appType: 'tool', keywords: [], provides: [], usageCount: 1, successRate: 1 }],
};

afterEach(() => vi.unstubAllGlobals());

describe('BuildFacts', () => {
  it('names the template by its library name, links to it, and shows the cost', async () => {
    const fetchMock = vi.fn(async () => json(200, templates));
    vi.stubGlobal('fetch', fetchMock);
    renderFacts(['tip-calculator', 'currency-input']);
    await waitFor(() =>
      expect(screen.getByTestId('built-from').textContent).toBe(
        'Built from the library template Tip calculator and the library component currency input',
      ),
    );
    expect(screen.getByRole('link', { name: 'Tip calculator' }).getAttribute('href')).toBe('/library?kind=template&q=Tip+calculator');
    expect(screen.getByRole('link', { name: 'currency input' }).getAttribute('href')).toBe('/library?kind=component&q=currency+input');
    expect(screen.getByTestId('version-cost').textContent).toBe('1 AI call · 2.1k tokens · 8.6 s');
    expect(fetchMock).toHaveBeenCalledWith('/api/repository/templates/?size=100', expect.anything());
  });

  it('falls back to the slugs when the library cannot be asked', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(500, { detail: 'boom' })));
    renderFacts(['tip-calculator']);
    await waitFor(() => expect(screen.getByTestId('built-from').textContent).toBe('Built from the library: tip calculator'));
  });

  it('shows only the cost for an app written from scratch, and nothing without either', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderFacts([], { ...cost, aiCalls: 0, inputTokens: 0, outputTokens: 0, durationMillis: 0 });
    expect(screen.getByTestId('build-facts').textContent).toBe('no AI call');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
