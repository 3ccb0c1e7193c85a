import { parseRuntimeMessage, type RuntimeMessage } from './runtimeMessage';

/** What of a `message` event the rule looks at. */
export interface PostedMessage {
  source: MessageEventSource | null;
  origin: string;
  data: unknown;
}

/**
 * The origin a message from this frame has, or null when it cannot be known. A frame sandboxed
 * without allow-same-origin (the app opened through the platform's /apps/ path, see the live
 * feature's previewSandbox) runs with an opaque origin, which posts as "null"; otherwise it is
 * the origin of the frame's URL.
 */
export function frameOrigin(frame: HTMLIFrameElement, base: string): string | null {
  const src = frame.getAttribute('src');
  if (!src) return null;
  let origin: string;
  try {
    origin = new URL(src, base).origin;
  } catch {
    return null;
  }
  if (origin === 'null') return null;
  const sandbox = frame.getAttribute('sandbox');
  return sandbox != null && !sandbox.split(/\s+/).includes('allow-same-origin') ? 'null' : origin;
}

/**
 * A run-time message is taken only from the preview frame's own window, and only with the origin
 * that frame's page has: the app's origin, or "null" when (and only when) the frame is one we
 * sandboxed without allow-same-origin. Another window or tab, another frame, the frame's page
 * after it navigated to another site: all ignored. (An opaque origin names no site: in that one
 * case what posts is whatever the app put in its frame, which could post as the app anyway.)
 */
export function acceptRuntimeMessage(
  event: PostedMessage,
  frame: HTMLIFrameElement | null,
  base: string,
): RuntimeMessage | null {
  if (!frame || !event.source || event.source !== frame.contentWindow) return null;
  const expected = frameOrigin(frame, base);
  if (expected == null || event.origin !== expected) return null;
  return parseRuntimeMessage(event.data);
}
