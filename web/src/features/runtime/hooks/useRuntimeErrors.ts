import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { reportRun } from '../api/runtime';
import { acceptRuntimeMessage } from '../model/acceptMessage';
import type { RuntimeError } from '../model/runtimeMessage';

/** The frame the app runs in, as the live page describes it. */
export interface RuntimeFrame {
  /** Changes whenever the frame shows another page: another version, a reload. */
  key: string;
  /** A preview of a version still being written: what it throws is not a version's doing. */
  preview: boolean;
  /** The iframe, once it is on the page. */
  element: HTMLIFrameElement | null;
}

interface Options {
  projectId: string;
  /** The deployed version the frame shows; null before there is one. */
  version: number | null;
  frame: RuntimeFrame;
  /** Each new error, as it arrives. */
  onError?: (error: RuntimeError) => void;
}

/** Errors shown per page load; the reporter itself sends at most 5. */
export const MAX_ERRORS = 5;

// What this tab already told the server, so reloads and remounts do not say it again.
const recorded = new Set<string>();

function record(projectId: string, version: number | null, report: { clean: true } | { error: RuntimeError }) {
  if (version == null) return;
  const key = `${projectId}:${version}:${'clean' in report ? 'clean' : 'error'}`;
  if (recorded.has(key)) return;
  recorded.add(key);
  // A report that did not arrive may be sent by a later load.
  reportRun(projectId, version, report).catch(() => recorded.delete(key));
}

/**
 * The app's run-time errors, as the reporter in its page posts them (only from the preview frame,
 * with the app's origin: acceptRuntimeMessage), each message once; and whether the page ran clean.
 * The deployed version's first error, or its running clean, is recorded on the server.
 */
export function useRuntimeErrors({ projectId, version, frame, onError }: Options) {
  const [shown, setShown] = useState<{ key: string; errors: RuntimeError[]; clean: boolean }>({ key: frame.key, errors: [], clean: false });
  const seen = useRef<{ key: string; messages: Set<string> }>({ key: frame.key, messages: new Set() });

  const receive = useEffectEvent((event: MessageEvent) => {
    const message = acceptRuntimeMessage(event, frame.element, window.location.href);
    if (!message || frame.preview) return;
    if (seen.current.key !== frame.key) seen.current = { key: frame.key, messages: new Set() };
    const key = frame.key;
    if (message.kind === 'clean') {
      if (seen.current.messages.size > 0) return;
      setShown((s) => ({ key, errors: s.key === key ? s.errors : [], clean: true }));
      record(projectId, version, { clean: true });
      return;
    }
    const { messages } = seen.current;
    if (messages.has(message.error.message) || messages.size >= MAX_ERRORS) return;
    messages.add(message.error.message);
    setShown((s) => ({ key, errors: [...(s.key === key ? s.errors : []), message.error], clean: false }));
    if (messages.size === 1) record(projectId, version, { error: message.error });
    onError?.(message.error);
  });

  useEffect(() => {
    const listener = (event: MessageEvent) => receive(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  const current = shown.key === frame.key ? shown : { errors: [], clean: false };
  return { errors: current.errors, ranClean: current.clean };
}
