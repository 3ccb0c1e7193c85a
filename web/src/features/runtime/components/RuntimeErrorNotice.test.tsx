import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SystemInfoProvider } from '@/hooks/useSystemInfo';
import { RuntimeErrorNotice } from './RuntimeErrorNotice';

const APP = 'http://tip-k3.apps.localhost:8080';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

const thrown = {
  type: 'faibric:runtime-error',
  message: "TypeError: Cannot read properties of undefined (reading 'total')",
  stack: "TypeError: Cannot read properties of undefined (reading 'total')\n    at Summary (components/Summary.js:12:5)\n    at tick (App.js:30:7)",
  file: 'components/Summary.js',
  line: 12,
  column: 5,
};

let projects = 100;
let projectId = '';
let frame: HTMLIFrameElement;

function appFrame(src = `${APP}/?v=3`): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  element.setAttribute('src', src);
  document.body.append(element);
  return element;
}

function post(data: unknown, source: Window | null = frame.contentWindow, origin = APP) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  });
}

function notice(props: { preview?: boolean; version?: number | null } = {}) {
  return <RuntimeErrorNotice projectId={projectId} version={props.version === undefined ? 3 : props.version} frame={{ key: 'k', preview: props.preview ?? false, element: frame }} />;
}

/** fetch answering by path; what it was asked is in fetchMock.mock.calls. */
function serve(routes: Record<string, () => Response>) {
  const fetchMock = vi.fn(async (path: string, init?: RequestInit) => {
    void init;
    const answer = Object.entries(routes).find(([prefix]) => path.startsWith(prefix));
    return answer ? answer[1]() : json(404, { detail: `no route ${path}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const bodyOf = (fetchMock: ReturnType<typeof serve>, path: string) =>
  fetchMock.mock.calls.filter(([p]) => p === path).map(([, init]) => JSON.parse(String(init?.body)));

beforeEach(() => {
  projects += 1;
  projectId = String(projects);
  frame = appFrame();
  window.localStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('RuntimeErrorNotice', () => {
  it("shows the app's error with where it was thrown and its stack folded away, and records it for the version", async () => {
    const fetchMock = serve({ [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, { project: 1, version: 3, clean: false }) });
    render(notice());
    expect(screen.queryByTestId('runtime-error')).toBeNull();

    post(thrown);
    expect(screen.getByTestId('runtime-error-message').textContent).toBe(thrown.message);
    expect(screen.getByText('at components/Summary.js:12:5')).toBeTruthy();
    const stack = screen.getByTestId('runtime-error-stack');
    expect(stack.tagName).toBe('DETAILS');
    expect(stack.hasAttribute('open')).toBe(false);
    expect(stack.querySelector('pre')?.textContent).toBe('at Summary (components/Summary.js:12:5)\nat tick (App.js:30:7)');

    // The same error again is shown once; a second one is counted.
    post(thrown);
    post({ ...thrown, message: 'Error: second' });
    expect(screen.getByRole('alert').textContent).toContain('and 1 more');

    await waitFor(() => expect(bodyOf(fetchMock, `/api/projects/${projectId}/versions/3/runtime`)).toHaveLength(1));
    expect(bodyOf(fetchMock, `/api/projects/${projectId}/versions/3/runtime`)[0]).toEqual({
      error: { message: thrown.message, stack: thrown.stack, file: thrown.file, line: 12, column: 5 },
    });
  });

  it('ignores errors from any other window or origin', () => {
    const fetchMock = serve({});
    render(notice());
    const other = appFrame();
    post(thrown, other.contentWindow);
    post(thrown, window, 'http://localhost:8080');
    post(thrown, frame.contentWindow, 'https://evil.example');
    post(thrown, frame.contentWindow, 'null');
    expect(screen.queryByTestId('runtime-error')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('records a version that ran clean, and shows nothing', async () => {
    const fetchMock = serve({ [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, { project: 1, version: 3, clean: true }) });
    render(notice());
    post({ type: 'faibric:ran-clean' });
    await waitFor(() => expect(bodyOf(fetchMock, `/api/projects/${projectId}/versions/3/runtime`)).toEqual([{ clean: true }]));
    expect(screen.queryByTestId('runtime-error')).toBeNull();
  });

  it('leaves the preview of a version still being written alone', () => {
    const fetchMock = serve({});
    render(notice({ preview: true }));
    post(thrown);
    expect(screen.queryByTestId('runtime-error')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the error to be fixed on "Fix it", once', async () => {
    const fetchMock = serve({
      [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, {}),
      [`/api/projects/${projectId}/fix`]: () => json(202, { id: 1, request: 'The app throws this error at run time: … Fix it.' }),
    });
    render(notice());
    post(thrown);
    fireEvent.click(screen.getByTestId('runtime-fix'));
    await waitFor(() => expect(screen.getByTestId('runtime-fix-sent').textContent).toContain('the fix is being built'));
    expect(screen.getByTestId<HTMLButtonElement>('runtime-fix').disabled).toBe(true);
    expect(bodyOf(fetchMock, `/api/projects/${projectId}/fix`)).toEqual([
      { error: { message: thrown.message, stack: thrown.stack, file: thrown.file, line: 12, column: 5 }, version: 3 },
    ]);
  });

  it("says why the server refused a fix", async () => {
    serve({
      [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, {}),
      [`/api/projects/${projectId}/fix`]: () => json(409, { status: 409, detail: 'This error was already sent to be fixed once.' }),
    });
    render(notice());
    post(thrown);
    fireEvent.click(screen.getByTestId('runtime-fix'));
    await waitFor(() => expect(screen.getByTestId('runtime-fix-refused').textContent).toBe('This error was already sent to be fixed once.'));
    expect(screen.getByTestId<HTMLButtonElement>('runtime-fix').disabled).toBe(false);
  });

  it('fixes automatically when asked to, under the same rules', async () => {
    const fetchMock = serve({
      [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, {}),
      [`/api/projects/${projectId}/fix`]: () => json(202, { id: 1, request: 'Fix it.' }),
    });
    window.localStorage.setItem('faibric.runtime.autoFix', 'on');
    render(notice());
    expect(screen.queryByTestId('runtime-fix')).toBeNull();
    post(thrown);
    await waitFor(() => expect(screen.getByTestId('runtime-fix-sent').textContent).toContain('Sent automatically'));
    expect(screen.getByTestId<HTMLInputElement>('runtime-auto-fix').checked).toBe(true);
    post({ ...thrown, message: 'Error: another one' });
    expect(bodyOf(fetchMock, `/api/projects/${projectId}/fix`)).toHaveLength(1);

    fireEvent.click(screen.getByTestId('runtime-auto-fix'));
    expect(window.localStorage.getItem('faibric.runtime.autoFix')).toBe('off');
  });

  it('offers to restore the last version that ran clean with the offline composer, which cannot fix code', async () => {
    const fetchMock = serve({
      '/api/system/info': () => json(200, { provider: 'offline', model: 'template-composer', description: 'No AI', promptMaxLength: 4000 }),
      [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, {}),
      [`/api/projects/${projectId}/versions/2/restore`]: () => json(201, { version: 4, restoredFrom: 2 }),
      [`/api/projects/${projectId}/`]: () =>
        json(200, {
          id: 1,
          versions: [
            { number: 3, ranClean: false },
            { number: 2, ranClean: true },
            { number: 1, ranClean: true },
          ],
        }),
    });
    render(<SystemInfoProvider>{notice()}</SystemInfoProvider>);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/system/info', expect.anything()));
    post(thrown);
    await waitFor(() => expect(screen.getByTestId('runtime-offline').textContent).toContain('cannot fix code'));
    expect(screen.queryByTestId('runtime-fix')).toBeNull();

    fireEvent.click(await screen.findByTestId('runtime-restore'));
    await waitFor(() => expect(screen.getByTestId('runtime-restore-status').textContent).toBe('Restored as version 4; it is being deployed.'));
    expect(fetchMock).toHaveBeenCalledWith(`/api/projects/${projectId}/versions/2/restore`, expect.objectContaining({ method: 'POST' }));
  });

  it('says so when no earlier version ran clean', async () => {
    serve({
      '/api/system/info': () => json(200, { provider: 'offline', model: 'template-composer', description: 'No AI', promptMaxLength: 4000 }),
      [`/api/projects/${projectId}/versions/3/runtime`]: () => json(200, {}),
      [`/api/projects/${projectId}/`]: () => json(200, { id: 1, versions: [{ number: 3, ranClean: false }, { number: 2, ranClean: null }] }),
    });
    render(<SystemInfoProvider>{notice()}</SystemInfoProvider>);
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/system/info', expect.anything()));
    post(thrown);
    await waitFor(() => expect(screen.getByTestId('runtime-offline').textContent).toContain('No earlier version is known to have run clean.'));
    expect(screen.queryByTestId('runtime-restore')).toBeNull();
  });
});
