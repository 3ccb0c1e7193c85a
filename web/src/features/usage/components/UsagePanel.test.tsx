import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Usage } from '../api/usage';
import { per, UsagePanel } from './UsagePanel';

const usage = (over: Partial<Usage> = {}): Usage => ({
  accountId: 1,
  limited: true,
  generationsToday: { used: 3, limit: 200, resetsAt: '2026-05-02T00:00:00Z' },
  tokensThisMonth: { used: 2_000_000, limit: 2_000_000, resetsAt: '2026-06-01T00:00:00Z' },
  builds: { running: 1, queued: 2, maxRunning: 2, maxQueued: 5 },
  rates: [
    { action: 'generate', perAccount: 10, perAddress: 20, periodSeconds: 60, remaining: 7 },
    { action: 'library-search', perAccount: 60, perAddress: 120, periodSeconds: 60, remaining: 60 },
  ],
  chatMessages: { perAccount: 60, perConnection: 20, periodSeconds: 60 },
  ...over,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('UsagePanel', () => {
  it('shows the quotas used, the builds and the rates', async () => {
    const fetchMock = vi.fn(async () => json(200, usage()));
    vi.stubGlobal('fetch', fetchMock);
    render(<UsagePanel />);

    expect(await screen.findByText('3 of 200')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/usage', expect.anything());
    expect(screen.getByTestId('usage-model-tokens-this-month').textContent).toContain('2,000,000 of 2,000,000');
    expect(screen.getByTestId('usage-model-tokens-this-month').textContent).toContain('Used up; resets on the 1st');
    expect(screen.getByTestId('usage-generations-today').textContent).not.toContain('Used up');
    expect(screen.getByTestId('usage-builds').textContent).toBe(
      'Builds on this server: 1 running (at most 2 at once), 2 waiting (at most 5).',
    );
    const newApps = screen.getByRole('row', { name: /New apps/ });
    expect(newApps.textContent).toContain('10 a minute');
    expect(newApps.textContent).toContain('20 a minute');
    expect(newApps.textContent).toContain('7');
    expect(screen.getByRole('row', { name: /Chat messages/ }).textContent).toContain('20 a minute per connection');
  });

  it('says when the server has its limits switched off, and reloads on demand', async () => {
    const fetchMock = vi.fn(async () => json(200, usage({ limited: false })));
    vi.stubGlobal('fetch', fetchMock);
    render(<UsagePanel />);

    expect(await screen.findByText('Limits are switched off on this server.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Refresh' }).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
  });

  it('shows the server’s own words when usage cannot be read', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(429, { detail: 'Too many requests: try again in 5 seconds.' })));
    render(<UsagePanel />);

    expect((await screen.findByRole('alert')).textContent).toBe('Too many requests: try again in 5 seconds.');
  });

  it('words periods as people say them', () => {
    expect(per(60)).toBe('a minute');
    expect(per(3600)).toBe('an hour');
    expect(per(300)).toBe('every 5 minutes');
    expect(per(30)).toBe('every 30 seconds');
  });
});
