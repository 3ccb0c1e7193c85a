import { afterEach, describe, expect, it } from 'vitest';
import { acceptRuntimeMessage, frameOrigin } from './acceptMessage';

const page = 'http://localhost:8080/projects/7';
const error = { type: 'faibric:runtime-error', message: 'TypeError: x is undefined', stack: 'at App (App.js:3:9)', file: 'App.js', line: 3, column: 9 };

function frame(src: string, sandbox: string | null): HTMLIFrameElement {
  const element = document.createElement('iframe');
  if (sandbox != null) element.setAttribute('sandbox', sandbox);
  element.setAttribute('src', src);
  document.body.append(element);
  return element;
}

afterEach(() => document.body.replaceChildren());

const ownOrigin = 'allow-scripts allow-forms allow-modals allow-popups allow-same-origin';
const opaque = 'allow-scripts allow-forms allow-modals allow-popups';

describe('frameOrigin', () => {
  it("is the app's origin when the frame keeps its origin", () => {
    expect(frameOrigin(frame('http://tip-k3.apps.localhost:8080/?v=3', ownOrigin), page)).toBe('http://tip-k3.apps.localhost:8080');
  });
  it('is "null" for a frame we sandboxed without allow-same-origin', () => {
    expect(frameOrigin(frame('/apps/tip/?v=3', opaque), page)).toBe('null');
  });
  it('is unknown without a src', () => {
    const element = document.createElement('iframe');
    expect(frameOrigin(element, page)).toBeNull();
  });
});

describe('acceptRuntimeMessage', () => {
  it("takes an error from the preview frame's window with the app's origin", () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    const accepted = acceptRuntimeMessage({ source: preview.contentWindow, origin: 'http://tip-k3.apps.localhost:8080', data: error }, preview, page);
    expect(accepted).toEqual({
      kind: 'error',
      error: { message: 'TypeError: x is undefined', stack: 'at App (App.js:3:9)', file: 'App.js', line: 3, column: 9 },
    });
  });

  it('takes "ran clean" the same way', () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    expect(acceptRuntimeMessage({ source: preview.contentWindow, origin: 'http://tip-k3.apps.localhost:8080', data: { type: 'faibric:ran-clean' } }, preview, page)).toEqual({ kind: 'clean' });
  });

  it('ignores the same message from another window', () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    const other = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    expect(acceptRuntimeMessage({ source: other.contentWindow, origin: 'http://tip-k3.apps.localhost:8080', data: error }, preview, page)).toBeNull();
    expect(acceptRuntimeMessage({ source: window, origin: 'http://localhost:8080', data: error }, preview, page)).toBeNull();
    expect(acceptRuntimeMessage({ source: null, origin: 'http://tip-k3.apps.localhost:8080', data: error }, preview, page)).toBeNull();
  });

  it('ignores our frame once its page has another origin (it navigated away)', () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    for (const origin of ['https://evil.example', 'http://other-app.apps.localhost:8080', 'http://localhost:8080', 'null']) {
      expect(acceptRuntimeMessage({ source: preview.contentWindow, origin, data: error }, preview, page)).toBeNull();
    }
  });

  it('takes "null" only from a frame we sandboxed without allow-same-origin', () => {
    const sandboxed = frame('/apps/tip/', opaque);
    expect(acceptRuntimeMessage({ source: sandboxed.contentWindow, origin: 'null', data: error }, sandboxed, page)?.kind).toBe('error');
    // Not its URL's origin: an opaque frame cannot post with one.
    expect(acceptRuntimeMessage({ source: sandboxed.contentWindow, origin: 'http://localhost:8080', data: error }, sandboxed, page)).toBeNull();
    // Another window posting as "null" (any sandboxed page can) is still another window.
    const stranger = frame('/apps/other/', opaque);
    expect(acceptRuntimeMessage({ source: stranger.contentWindow, origin: 'null', data: error }, sandboxed, page)).toBeNull();
  });

  it('ignores messages without a frame on screen, and messages of other shapes', () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    const from = { source: preview.contentWindow, origin: 'http://tip-k3.apps.localhost:8080' };
    expect(acceptRuntimeMessage({ ...from, data: error }, null, page)).toBeNull();
    expect(acceptRuntimeMessage({ ...from, data: 'faibric:runtime-error' }, preview, page)).toBeNull();
    expect(acceptRuntimeMessage({ ...from, data: { type: 'faibric:runtime-error', message: '   ' } }, preview, page)).toBeNull();
    expect(acceptRuntimeMessage({ ...from, data: { type: 'something-else', message: 'x' } }, preview, page)).toBeNull();
  });

  it('cuts what is too long and drops positions that are not whole numbers', () => {
    const preview = frame('http://tip-k3.apps.localhost:8080/', ownOrigin);
    const accepted = acceptRuntimeMessage(
      { source: preview.contentWindow, origin: 'http://tip-k3.apps.localhost:8080', data: { ...error, message: 'x'.repeat(5000), line: -1, column: 2.5, stack: 42 } },
      preview,
      page,
    );
    expect(accepted?.kind === 'error' && accepted.error).toMatchObject({ line: 0, column: 0, stack: '' });
    expect(accepted?.kind === 'error' && accepted.error.message.length).toBe(2000);
  });
});
