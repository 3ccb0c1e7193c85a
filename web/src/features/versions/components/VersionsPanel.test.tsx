import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VersionEntry } from '../api/versions';
import { VersionsPanel } from './VersionsPanel';

const entry = (number: number, extra: Partial<VersionEntry> = {}): VersionEntry => ({
  number,
  summary: `change ${number}`,
  createdAt: new Date().toISOString(),
  cost: { aiCalls: 0, inputTokens: 0, outputTokens: 0, firstTokenMillis: 0, durationMillis: 400, aiMillis: 0, provider: null, model: null },
  rating: null,
  deployed: { tier: 'static', millis: 3, url: 'http://app.apps.localhost/' },
  bookmark: null,
  restoredFrom: null,
  live: false,
  url: `http://v${number}--app.apps.localhost/`,
  ...extra,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('VersionsPanel', () => {
  it('lists every version with its own address and restores an earlier one', async () => {
    const calls: string[] = [];
    let list = [entry(2, { live: true }), entry(1, { bookmark: 'First try' })];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) => {
        calls.push(`${init?.method ?? 'GET'} ${url}`);
        if (url.endsWith('/restore')) {
          list = [entry(3, { live: true, restoredFrom: 1, summary: 'Restored version 1' }), ...list.map((v) => ({ ...v, live: false }))];
          return Promise.resolve(json({ version: 3, restoredFrom: 1, url: 'u', versionUrl: 'v' }, 201));
        }
        return Promise.resolve(json(list));
      }),
    );
    render(<VersionsPanel projectId="7" liveVersion={2} />);

    const rows = await screen.findAllByTestId('version-row');
    expect(rows).toHaveLength(2);
    expect(screen.getAllByTestId('version-open').map((a) => a.getAttribute('href'))).toEqual([
      'http://v2--app.apps.localhost/',
      'http://v1--app.apps.localhost/',
    ]);
    expect(screen.getByTestId('version-bookmark').textContent).toContain('First try');
    // The live version cannot be restored; the earlier one can.
    expect(screen.getAllByTestId('version-restore')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Restore v1' }));
    await waitFor(() => expect(screen.getAllByTestId('version-row')).toHaveLength(3));
    expect(calls).toContain('POST /api/projects/7/versions/1/restore');
    expect(screen.getByText(/restored from v1/)).toBeTruthy();
  });

  it('says why a restore was refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          url.endsWith('/restore')
            ? json({ detail: '"Tips" is being built right now; restore once the build has finished.' }, 409)
            : json([entry(2, { live: true }), entry(1)]),
        ),
      ),
    );
    render(<VersionsPanel projectId="7" liveVersion={2} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore v1' }));
    expect((await screen.findByTestId('versions-error')).textContent).toContain('being built right now');
  });
});
