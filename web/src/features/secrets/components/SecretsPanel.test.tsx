import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SecretsPanel } from './SecretsPanel';

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, detail: string) => json(status, { title: 'Refused', status, detail });

const BASE = '/api/projects/12/secrets';

/**
 * A fake of the secrets API of project 12, answering like the server: names and dates only, 204 on
 * PUT and DELETE, 404 for an unknown name, or what `refuse` says first.
 */
function stubServer(initial: Record<string, string>, refuse?: (method: string, name: string) => Response | undefined) {
  const stored = new Map(Object.entries(initial));
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url === BASE && method === 'GET') {
      const names = [...stored.keys()].sort();
      return json(200, { secrets: names.map((name) => ({ name, updatedAt: '2026-01-01T00:00:00Z' })) });
    }
    if (!url.startsWith(`${BASE}/`)) return problem(404, `unexpected ${url}`);
    const name = decodeURIComponent(url.slice(BASE.length + 1));
    const refusal = refuse?.(method, name);
    if (refusal) return refusal;
    if (method === 'PUT') {
      stored.set(name, (JSON.parse(String(init?.body)) as { value: string }).value);
      return json(204);
    }
    if (method === 'DELETE') return stored.delete(name) ? json(204) : problem(404, `This project has no secret named ${name}.`);
    return problem(405, method);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, stored };
}

const toggle = () => screen.getByRole('button', { name: /Secrets/ });
const nameInput = () => screen.getByLabelText<HTMLInputElement>('Secret name');
const valueInput = () => screen.getByLabelText<HTMLInputElement>('Secret value');
const save = () => screen.getByTestId<HTMLButtonElement>('secret-save');
const type = (input: HTMLInputElement, text: string) => fireEvent.change(input, { target: { value: text } });
const listed = () => within(screen.getByRole('list', { name: 'Secrets' })).getAllByRole('listitem').map((item) => item.querySelector('code')?.textContent);

async function openPanel() {
  fireEvent.click(toggle());
  await screen.findByTestId('secret-save');
}

afterEach(() => vi.unstubAllGlobals());

describe('SecretsPanel', () => {
  it('loads nothing until opened, then lists names and dates and says where secrets go', async () => {
    const { fetchMock } = stubServer({ STRIPE_KEY: 'sk_live_x', DATABASE_URL: 'postgres://x' });
    render(<SecretsPanel projectId="12" />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(fetchMock).not.toHaveBeenCalled();

    await openPanel();
    expect(listed()).toEqual(['DATABASE_URL', 'STRIPE_KEY']);
    expect(screen.getByTestId('secrets-panel').textContent).toContain('process.env.NAME');
    expect(screen.getByTestId('secrets-panel').textContent).toContain('its pages never see them');
    expect(screen.getAllByText(/^set /)).toHaveLength(2);
    expect(screen.getByTestId('secrets-panel').textContent).not.toContain('sk_live_x');
    expect(save().disabled).toBe(true);
  });

  it('adds a secret typed as a password, clears it, and never shows the value', async () => {
    const { fetchMock, stored } = stubServer({});
    render(<SecretsPanel projectId="12" />);
    await openPanel();
    expect(screen.getByText('No secrets yet.')).toBeTruthy();
    expect(valueInput().type).toBe('password');

    type(nameInput(), 'stripe_key');
    expect(nameInput().value).toBe('STRIPE_KEY');
    type(valueInput(), 'sk_live_secret');
    expect(save().textContent).toBe('Add secret');
    fireEvent.click(save());

    await waitFor(() => expect(screen.getByTestId('secrets-status').textContent).toBe('STRIPE_KEY saved — applies from the next deployment'));
    expect(stored.get('STRIPE_KEY')).toBe('sk_live_secret');
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[0]).toBe(`${BASE}/STRIPE_KEY`);
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ value: 'sk_live_secret' });
    expect(listed()).toEqual(['STRIPE_KEY']);
    expect(nameInput().value).toBe('');
    expect(valueInput().value).toBe('');
    expect(screen.getByTestId('secrets-panel').textContent).not.toContain('sk_live_secret');

    type(nameInput(), 'STRIPE_KEY');
    expect(save().textContent).toBe('Replace secret');
  });

  it("shows the server's refusal and keeps what was typed", async () => {
    stubServer({}, (method, name) => (method === 'PUT' && name === 'PORT' ? problem(400, 'PORT is reserved: the platform sets PORT, HOST, PATH and HOME itself.') : undefined));
    render(<SecretsPanel projectId="12" />);
    await openPanel();
    type(nameInput(), 'PORT');
    type(valueInput(), '8080');
    fireEvent.click(save());

    expect((await screen.findByTestId('secrets-error')).textContent).toBe('PORT is reserved: the platform sets PORT, HOST, PATH and HOME itself.');
    expect(nameInput().value).toBe('PORT');
    expect(valueInput().value).toBe('8080');
  });

  it('deletes a secret after asking, and Cancel keeps it', async () => {
    const { fetchMock, stored } = stubServer({ A_KEY: 'a', B_KEY: 'b' });
    render(<SecretsPanel projectId="12" />);
    await openPanel();

    fireEvent.click(screen.getByRole('button', { name: 'Delete A_KEY' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete A_KEY?' })).getByRole('button', { name: 'Cancel' }));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Delete A_KEY' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete A_KEY?' })).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(listed()).toEqual(['B_KEY']));
    expect(stored.has('A_KEY')).toBe(false);
    expect(fetchMock).toHaveBeenCalledWith(`${BASE}/A_KEY`, expect.objectContaining({ method: 'DELETE' }));
  });

  it('says why the list did not load and tries again', async () => {
    let fail = true;
    const { fetchMock } = stubServer({ A_KEY: 'a' }, () => undefined);
    const ok = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input, init) => (fail ? problem(500, 'Something went wrong on our side.') : ok(input, init)));
    render(<SecretsPanel projectId="12" />);
    fireEvent.click(toggle());

    expect((await screen.findByTestId('secrets-error')).textContent).toContain('Something went wrong on our side.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listed()).toEqual(['A_KEY']));
  });
});
