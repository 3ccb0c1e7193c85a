import { useCallback, useState } from 'react';
import { ApiError } from '@/lib/api';
import { requestFix } from '../api/runtime';
import type { RuntimeError } from '../model/runtimeMessage';

export type FixState =
  | { status: 'idle' }
  | { status: 'sending'; automatic: boolean }
  | { status: 'sent'; automatic: boolean; request: string }
  | { status: 'refused'; reason: string };

/** Sends an error to be fixed (POST /api/projects/{id}/fix) and says what came of it. */
export function useFixRequest(projectId: string, version: number | null) {
  const [state, setState] = useState<FixState>({ status: 'idle' });

  const send = useCallback(
    (error: RuntimeError, automatic: boolean) => {
      setState((s) => (s.status === 'sending' ? s : { status: 'sending', automatic }));
      requestFix(projectId, version, error).then(
        (started) => setState({ status: 'sent', automatic, request: started.request }),
        (problem: unknown) =>
          setState({ status: 'refused', reason: problem instanceof ApiError ? problem.message : 'The fix could not be sent.' }),
      );
    },
    [projectId, version],
  );

  return { state, send };
}
