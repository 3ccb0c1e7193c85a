import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteProject } from './DeleteProject';

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The project page with the delete action, and the list it goes back to; returns the router. */
function openProject(answer: () => Response) {
  const fetchMock = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>The list of projects</p> },
      { path: '/projects/:id', element: <DeleteProject projectId="12" title="Tip calculator" /> },
    ],
    { initialEntries: ['/', '/projects/12'], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return { fetchMock, router };
}

afterEach(() => vi.unstubAllGlobals());

describe('DeleteProject', () => {
  it('asks in a dialog naming the project, deletes, and goes back to the list', async () => {
    const { fetchMock, router } = openProject(() => json(204));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Tip calculator”?' });
    expect(dialog.textContent).toContain('cannot be undone');
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete project' }).find((b) => dialog.contains(b))!);

    await waitFor(() => expect(screen.getByText('The list of projects')).toBeTruthy());
    expect(router.state.location.pathname).toBe('/');
    expect(fetchMock).toHaveBeenCalledWith('/api/projects/12/', expect.objectContaining({ method: 'DELETE' }));
  });

  it('closes on Cancel or Escape without deleting', () => {
    const { fetchMock } = openProject(() => json(204));
    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the server's refusal and stays on the project", async () => {
    const detail = '"Tip calculator" is being built right now; delete it once the build has finished.';
    const { router } = openProject(() => json(409, { title: 'Conflict', status: 409, detail }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete project' }).find((b) => dialog.contains(b))!);

    expect((await screen.findByRole('alert')).textContent).toBe(detail);
    expect(router.state.location.pathname).toBe('/projects/12');
  });

  it('starts on Cancel, keeps Tab inside the dialog and gives the focus back when it closes', async () => {
    openProject(() => json(204));
    const opener = screen.getByRole('button', { name: 'Delete project' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('alertdialog');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const confirm = screen.getAllByRole('button', { name: 'Delete project' }).find((b) => dialog.contains(b))!;
    expect(document.activeElement).toBe(cancel);

    await userEvent.tab();
    expect(document.activeElement).toBe(confirm);
    await userEvent.tab();
    expect(document.activeElement).toBe(cancel);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(confirm);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(cancel);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
