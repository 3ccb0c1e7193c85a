import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VersionFeedback } from './VersionFeedback';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const button = (thumbs: 'up' | 'down') => screen.getByTestId<HTMLButtonElement>(`feedback-${thumbs}`);

afterEach(() => vi.unstubAllGlobals());

describe('VersionFeedback', () => {
  it('is disabled until a version exists', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<VersionFeedback projectId="12" version={null} />);
    expect(button('up').disabled).toBe(true);
    expect(button('down').disabled).toBe(true);
    fireEvent.click(button('up'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('records a thumbs up for the version and says so', async () => {
    const fetchMock = vi.fn(async () => json(200, { project: 12, version: 3, rating: 5, componentsLearned: 0 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<VersionFeedback projectId="12" version={3} />);
    expect(screen.getByRole('group', { name: 'Rate version 3' })).toBeTruthy();
    expect(button('up').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(button('up'));
    expect(button('up').disabled).toBe(true); // while sending

    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Thanks — rated 👍'));
    expect(button('up').getAttribute('aria-pressed')).toBe('true');
    expect(button('down').getAttribute('aria-pressed')).toBe('false');
    expect(button('up').disabled).toBe(false);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/projects/12/versions/3/feedback',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ thumbs: 'up' }) }),
    );

    // The same vote again would count twice in the library's success rates: not sent.
    fireEvent.click(button('up'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('notes the components the library learned', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { project: 12, version: 3, rating: 5, componentsLearned: 3 })));
    render(<VersionFeedback projectId="12" version={3} />);
    fireEvent.click(button('up'));
    await waitFor(() => expect(screen.getByTestId('feedback-status').textContent).toBe('Thanks — rated 👍 · 3 components added to the library'));
  });

  it('lets a vote be changed', async () => {
    const fetchMock = vi.fn(async () => json(200, { project: 12, version: 3, rating: 1, componentsLearned: 0 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<VersionFeedback projectId="12" version={3} initial="up" />);
    expect(button('up').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('down'));
    await waitFor(() => expect(button('down').getAttribute('aria-pressed')).toBe('true'));
    expect(button('up').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('feedback-status').textContent).toBe('Thanks — rated 👎');
    expect(fetchMock).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ body: JSON.stringify({ thumbs: 'down' }) }));
  });

  it("shows the server's problem inline and allows another try", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(404, { title: 'Not Found', status: 404, detail: 'Project 12 has no version 3' })));
    render(<VersionFeedback projectId="12" version={3} />);
    fireEvent.click(button('down'));
    await waitFor(() => expect(screen.getByTestId('feedback-error').textContent).toBe('Project 12 has no version 3'));
    expect(screen.getByRole('alert').textContent).toBe('Project 12 has no version 3');
    expect(button('down').getAttribute('aria-pressed')).toBe('false');
    expect(button('down').disabled).toBe(false);
    expect(screen.getByTestId('feedback-status').textContent).toBe('');
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    render(<VersionFeedback projectId="12" version={3} />);
    fireEvent.click(button('up'));
    await waitFor(() => expect(screen.getByTestId('feedback-error').textContent).toMatch(/Cannot reach the Faibric server/));
  });
});
