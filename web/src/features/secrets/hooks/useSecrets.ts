import { useEffect, useState } from 'react';
import { useMounted } from '@/hooks/useMounted';
import { deleteSecret, listSecrets, putSecret, type SecretName } from '../api/secrets';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A project's secrets by name. Loads once `active` turns true (the panel's first opening); each
 * save or delete is one request, after which the list is read again from the server.
 */
export function useSecrets(projectId: string, active: boolean) {
  const [secrets, setSecrets] = useState<SecretName[]>();
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [justSaved, setJustSaved] = useState<string>();
  const mounted = useMounted();

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    listSecrets(projectId, controller.signal).then(
      (names) => {
        if (controller.signal.aborted) return;
        setSecrets(names);
        setLoadError(undefined);
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(err));
      },
    );
    return () => controller.abort();
  }, [projectId, active, attempt]);

  /** Runs a change, then reads the list again; true when the change went through. */
  const change = async (request: () => Promise<void>, saved?: string) => {
    setBusy(true);
    setError(undefined);
    setJustSaved(undefined);
    try {
      await request();
      const names = await listSecrets(projectId);
      if (!mounted.current) return true;
      setSecrets(names);
      setJustSaved(saved);
      return true;
    } catch (err) {
      if (mounted.current) setError(messageOf(err));
      return false;
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  const phase = loadError ? 'failed' : secrets ? 'ready' : active ? 'loading' : 'idle';

  return {
    phase,
    secrets: secrets ?? [],
    loadError,
    busy,
    error,
    justSaved,
    retry: () => {
      setLoadError(undefined);
      setAttempt((n) => n + 1);
    },
    save: (name: string, value: string) => change(() => putSecret(projectId, name, value), name),
    remove: (name: string) => change(() => deleteSecret(projectId, name)),
  };
}
