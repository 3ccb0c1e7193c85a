import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountGate, AccountMenu } from './AccountGate';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('AccountGate', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('shows the app straight away in the single-user mode, with no account menu', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { id: 1, email: 'local', role: 'admin', auth: 'none' })));
    render(
      <AccountGate>
        <AccountMenu />
        <p>the app</p>
      </AccountGate>,
    );
    expect(await screen.findByText('the app')).toBeTruthy();
    expect(screen.queryByTestId('sign-out')).toBeNull();
  });

  it('asks to sign in, sends the CSRF header with the credentials, then shows the app', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123';
    const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/auth/me') return json(401, { detail: 'Sign in first.' });
      if (String(input) === '/api/auth/login') {
        const headers = init?.headers as Record<string, string>;
        if (headers['X-XSRF-TOKEN'] !== 'abc-123') return json(403, { detail: 'Missing CSRF token' });
        const body = JSON.parse(String(init?.body)) as { password: string };
        return body.password === 'right password'
          ? json(200, { id: 7, email: 'ada@example.com', role: 'user', auth: 'accounts' })
          : json(401, { detail: 'Wrong e-mail address or password.' });
      }
      return json(404, {});
    });
    vi.stubGlobal('fetch', fetchMock);
    render(
      <AccountGate>
        <AccountMenu />
        <p>the app</p>
      </AccountGate>,
    );

    fireEvent.change(await screen.findByTestId('sign-in-email'), { target: { value: 'ada@example.com' } });
    fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong e-mail address or password.');

    fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: 'right password' } });
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    await waitFor(() => expect(screen.getByText('the app')).toBeTruthy());
    expect(screen.getByTestId('account-email').textContent).toBe('ada@example.com');
  });
});
