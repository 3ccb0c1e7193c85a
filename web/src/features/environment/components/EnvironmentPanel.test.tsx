import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvironmentPanel } from './EnvironmentPanel';

const NOTE = 'Every visitor of the app can read these values; they apply from the next version.';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const sorted = (variables: Record<string, string>) =>
  Object.fromEntries(Object.entries(variables).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Answers GET and PUT /api/projects/12/environment like the server: PUT echoes the set, sorted, or
 * returns what `onPut` says (a refusal, say).
 */
function stubServer(initial: Record<string, string>, onPut?: (variables: Record<string, string>) => Response | Promise<Response>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== '/api/projects/12/environment') return json(404, { detail: `unexpected ${String(input)}` });
    if (init?.method === 'PUT') {
      const { variables } = JSON.parse(String(init.body)) as { variables: Record<string, string> };
      return onPut ? onPut(variables) : json(200, { variables: sorted(variables), note: NOTE });
    }
    return json(200, { variables: initial, note: NOTE });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const puts = (fetchMock: ReturnType<typeof stubServer>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)) as unknown);

const toggle = () => screen.getByRole('button', { name: /Environment variables/ });
const save = () => screen.getByTestId<HTMLButtonElement>('environment-save');
const nameOf = (n: number) => screen.getByLabelText<HTMLInputElement>(`Name of variable ${n}`);
const valueOf = (n: number) => screen.getByLabelText<HTMLInputElement>(`Value of variable ${n}`);
const type = (input: HTMLInputElement, text: string) => fireEvent.change(input, { target: { value: text } });

async function openPanel() {
  fireEvent.click(toggle());
  await screen.findByTestId('environment-save');
}

afterEach(() => vi.unstubAllGlobals());

describe('EnvironmentPanel', () => {
  it('is one closed toggle that loads nothing until opened', async () => {
    const fetchMock = stubServer({ VITE_API_URL: 'https://api.example.com' });
    render(<EnvironmentPanel projectId="12" />);
    expect(screen.getByTestId('environment-panel')).toBeTruthy();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Name of variable 1')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();

    await openPanel();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(fetchMock).toHaveBeenCalledWith('/api/projects/12/environment', expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(nameOf(1).value).toBe('VITE_API_URL');
    expect(valueOf(1).value).toBe('https://api.example.com');
    expect(screen.getByText(NOTE)).toBeTruthy();
    expect(save().disabled).toBe(true); // nothing changed yet
  });

  it('keeps unsaved edits when closed and opened again, without loading twice', async () => {
    const fetchMock = stubServer({ VITE_API_URL: 'https://api.example.com' });
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    type(valueOf(1), 'https://staging.example.com');
    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle());
    expect(valueOf(1).value).toBe('https://staging.example.com');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('edits, adds and removes rows, then saves the whole set and confirms', async () => {
    let answer: (response: Response) => void = () => {};
    const fetchMock = stubServer({ VITE_API_URL: 'https://api.example.com', VITE_OLD: 'x' }, (variables) =>
      new Promise<Response>((resolve) => {
        answer = () => resolve(json(200, { variables: sorted(variables), note: NOTE }));
      }),
    );
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();

    type(valueOf(1), 'https://staging.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable 2' }));
    expect(screen.queryByLabelText('Name of variable 2')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '+ Add variable' }));
    expect(document.activeElement).toBe(nameOf(2)); // the new row takes the focus
    type(nameOf(2), 'react_app_title');
    expect(nameOf(2).value).toBe('REACT_APP_TITLE'); // uppercased as typed
    type(valueOf(2), 'My shop');

    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(save().disabled).toBe(true); // while saving
    expect(save().textContent).toBe('Saving…');
    expect(puts(fetchMock)).toEqual([{ variables: { VITE_API_URL: 'https://staging.example.com', REACT_APP_TITLE: 'My shop' } }]);
    expect(fetchMock).toHaveBeenLastCalledWith('/api/projects/12/environment', expect.objectContaining({ method: 'PUT' }));

    answer(new Response());
    await waitFor(() => expect(screen.getByTestId('environment-status').textContent).toBe('Saved — applies from the next version'));
    // The server's order (by name) and nothing left to save.
    expect(nameOf(1).value).toBe('REACT_APP_TITLE');
    expect(nameOf(2).value).toBe('VITE_API_URL');
    expect(save().disabled).toBe(true);
    expect(screen.queryByTestId('environment-error')).toBeNull();

    // Another edit takes the confirmation away: it is no longer what was saved.
    type(valueOf(1), 'My other shop');
    expect(screen.getByTestId('environment-status').textContent).toBe('');
    expect(save().disabled).toBe(false);
  });

  it('enables Save only for a real change', async () => {
    stubServer({ VITE_API_URL: 'https://api.example.com' });
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    type(valueOf(1), 'https://other.example.com');
    expect(save().disabled).toBe(false);
    type(valueOf(1), 'https://api.example.com'); // typed back
    expect(save().disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '+ Add variable' })); // an empty row is no change
    expect(save().disabled).toBe(true);
  });

  it("shows the server's refusal and keeps what was typed", async () => {
    const detail =
      'VITE_STRIPE_SECRET_KEY looks like a secret: every visitor of the app can read these values, so a secret belongs on a server, never here.';
    const fetchMock = stubServer({}, () => json(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail }));
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    // No variables yet: one empty row to type in.
    expect(nameOf(1).value).toBe('');
    type(nameOf(1), 'VITE_STRIPE_SECRET_KEY');
    type(valueOf(1), 'sk_live_abc');
    fireEvent.click(save());

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(detail));
    expect(screen.getByTestId('environment-error').textContent).toBe(detail);
    expect(nameOf(1).value).toBe('VITE_STRIPE_SECRET_KEY');
    expect(valueOf(1).value).toBe('sk_live_abc');
    expect(screen.getByTestId('environment-status').textContent).toBe('');
    expect(save().disabled).toBe(false); // try again after a fix
    expect(puts(fetchMock)).toHaveLength(1);
  });

  it('refuses two rows with one name before asking the server', async () => {
    const fetchMock = stubServer({ VITE_API_URL: 'a' });
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: '+ Add variable' }));
    type(nameOf(2), 'VITE_API_URL');
    type(valueOf(2), 'b');
    fireEvent.click(save());
    expect(screen.getByRole('alert').textContent).toBe('VITE_API_URL is set twice (variables 1 and 2): keep one.');
    expect(puts(fetchMock)).toHaveLength(0);
    expect(valueOf(2).value).toBe('b');
  });

  it('saves an empty set when every row is removed', async () => {
    const fetchMock = stubServer({ VITE_API_URL: 'a' });
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Remove variable 1' }));
    expect(screen.getByText('No variables: the app sees none.')).toBeTruthy();
    fireEvent.click(save());
    await waitFor(() => expect(screen.getByTestId('environment-status').textContent).toBe('Saved — applies from the next version'));
    expect(puts(fetchMock)).toEqual([{ variables: {} }]);
  });

  it('hints at the prefix once a name cannot get one', async () => {
    stubServer({});
    render(<EnvironmentPanel projectId="12" />);
    await openPanel();
    type(nameOf(1), 'VI'); // on its way to VITE_
    expect(nameOf(1).getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Start the name with/)).toBeNull();
    type(nameOf(1), 'DATABASE_URL');
    expect(nameOf(1).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Start the name with VITE_, REACT_APP_ or PUBLIC_: the app sees no other.')).toBeTruthy();
    expect(nameOf(1).getAttribute('aria-describedby')).toBe(screen.getByText(/Start the name with/).id);
  });

  it('says why loading failed and loads again on request', async () => {
    let fail = true;
    vi.stubGlobal('fetch', vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return json(200, { variables: { PUBLIC_SITE: 'shop' }, note: NOTE });
    }));
    render(<EnvironmentPanel projectId="12" />);
    fireEvent.click(toggle());
    await waitFor(() => expect(screen.getByTestId('environment-error').textContent).toMatch(/Cannot reach the Faibric server/));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(nameOf(1).value).toBe('PUBLIC_SITE'));
    expect(screen.queryByTestId('environment-error')).toBeNull();
  });
});
