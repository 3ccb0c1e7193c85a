import { useEffect, useState } from 'react';
import { useMounted } from '@/hooks/useMounted';
import { bookmarkVersion, listVersions, removeBookmark, restoreVersion, type VersionEntry } from '../api/versions';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A project's versions, newest first, read again whenever the live version changes (a build, a
 * restore, from this tab or another); restoring and bookmarking read the list again too.
 */
export function useVersions(projectId: string, liveVersion: number | null) {
  const [versions, setVersions] = useState<VersionEntry[]>();
  const [loadError, setLoadError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const mounted = useMounted();

  useEffect(() => {
    const controller = new AbortController();
    listVersions(projectId, controller.signal).then(
      (list) => {
        if (controller.signal.aborted) return;
        setVersions(list);
        setLoadError(undefined);
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(err));
      },
    );
    return () => controller.abort();
  }, [projectId, liveVersion, reloads]);

  /** Runs a change to one version, then reads the list again; what it answered, or undefined when it failed. */
  const change = async <T,>(number: number, request: () => Promise<T>): Promise<T | undefined> => {
    setBusy(number);
    setError(undefined);
    try {
      const answer = await request();
      if (mounted.current) setReloads((n) => n + 1);
      return answer;
    } catch (err) {
      if (mounted.current) setError(messageOf(err));
      return undefined;
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  return {
    versions,
    loadError,
    error,
    busy,
    restore: (number: number) => change(number, () => restoreVersion(projectId, number)),
    bookmark: (number: number, name: string) => change(number, () => bookmarkVersion(projectId, number, name)),
    unbookmark: (number: number) => change(number, () => removeBookmark(projectId, number)),
  };
}
