import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** The last answer, and the request (`key`, reload count) it answered. */
interface Settled<T> {
  data: T | undefined;
  error: Error | undefined;
  key: unknown;
  nonce: number;
}

/**
 * Runs `load` when `key` changes (and on reload()), ignoring answers that arrive after unmount or
 * after a newer request. Until the new answer comes, the previous data (or error) stays readable
 * and `loading` is true.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: unknown): AsyncState<T> {
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  // `load` is usually an inline closure (new every render); `key` says when its inputs change, so
  // the effect calls whichever `load` the render that changed `key` passed, without depending on it.
  const run = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setSettled({ data: value, error: undefined, key, nonce });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setSettled((previous) => ({ data: previous?.data, error, key, nonce }));
      },
    );
    return () => controller.abort();
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  // Loading until the answer to this very request is in (derived, so never a render out of date).
  const loading = settled === undefined || !Object.is(settled.key, key) || settled.nonce !== nonce;
  return { data: settled?.data, error: settled?.error, loading, reload };
}
