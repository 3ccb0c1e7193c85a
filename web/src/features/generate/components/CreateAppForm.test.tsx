import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateAppForm } from './CreateAppForm';

function renderForm() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <CreateAppForm /> },
      { path: '/projects/:id', element: <p>project page</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('CreateAppForm', () => {
  it('disables submit for a blank prompt and one over the length limit', () => {
    renderForm();
    const input = screen.getByTestId('prompt-input');
    const submit = screen.getByTestId<HTMLButtonElement>('prompt-submit');
    expect(submit.disabled).toBe(true);

    fireEvent.change(input, { target: { value: '   ' } });
    expect(submit.disabled).toBe(true);

    fireEvent.change(input, { target: { value: 'A tip calculator' } });
    expect(submit.disabled).toBe(false);
    expect(screen.getByTestId('prompt-counter').textContent).toBe('16 / 4000');

    fireEvent.change(input, { target: { value: 'x'.repeat(4001) } });
    expect(submit.disabled).toBe(true);
    expect(screen.getByTestId('prompt-error').textContent).toMatch(/1 too many/);
  });

  it('fills the prompt from an example chip', () => {
    renderForm();
    fireEvent.click(screen.getByTestId('example-game'));
    expect(screen.getByTestId<HTMLTextAreaElement>('prompt-input').value).toBe('A tic-tac-toe game');
  });

  it('submits on Enter, keeps Shift+Enter for newlines, and navigates to the new project', async () => {
    const fetchMock = vi.fn(async () => json(201, { id: 12, slug: 'tip-calculator-k3x9qa', websocket: '/ws/project/12/' }));
    vi.stubGlobal('fetch', fetchMock);
    const router = renderForm();
    const input = screen.getByTestId('prompt-input');
    fireEvent.change(input, { target: { value: 'A tip calculator' } });

    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/12'));
    expect(fetchMock).toHaveBeenCalledWith('/api/v2/generate/', expect.objectContaining({ method: 'POST', body: JSON.stringify({ prompt: 'A tip calculator' }) }));
  });

  it("shows the server's problem detail", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { title: 'Bad Request', detail: 'Prompt is too short to build anything.', status: 400 })));
    renderForm();
    fireEvent.change(screen.getByTestId('prompt-input'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByTestId('prompt-submit'));
    await waitFor(() => expect(screen.getByTestId('prompt-error').textContent).toBe('Prompt is too short to build anything.'));
    expect(screen.getByTestId<HTMLTextAreaElement>('prompt-input').disabled).toBe(false);
  });
});
