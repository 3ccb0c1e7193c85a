import { useState } from 'react';
import { useAsync } from '@/hooks/useAsync';
import { ApiError } from '@/lib/api';
import { lastCleanVersion, restoreVersion } from '../api/runtime';

type Restore = { status: 'idle' } | { status: 'restoring' } | { status: 'restored'; number: number | null } | { status: 'failed'; reason: string };

/**
 * What the offline template composer offers instead of a fix (it cannot edit code): restoring the
 * newest earlier version that ran clean in a browser.
 */
export function RestoreOffer({ projectId, version }: { projectId: string; version: number | null }) {
  const { data: candidate, loading } = useAsync((signal) => lastCleanVersion(projectId, version, signal), `${projectId}:${version}`);
  const [restore, setRestore] = useState<Restore>({ status: 'idle' });

  const onRestore = (number: number) => {
    setRestore({ status: 'restoring' });
    restoreVersion(projectId, number).then(
      (made) => setRestore({ status: 'restored', number: typeof made?.version === 'number' ? made.version : null }),
      (problem: unknown) => setRestore({ status: 'failed', reason: problem instanceof ApiError ? problem.message : 'The version could not be restored.' }),
    );
  };

  return (
    <div className="runtime-actions" data-testid="runtime-offline">
      <p className="runtime-status">The offline template composer cannot fix code: it only assembles apps from templates.</p>
      {candidate != null ? (
        <button type="button" className="primary" onClick={() => onRestore(candidate)} disabled={restore.status === 'restoring' || restore.status === 'restored'} data-testid="runtime-restore">
          Restore version {candidate}, the last that ran clean
        </button>
      ) : (
        !loading && <p className="runtime-status muted">No earlier version is known to have run clean.</p>
      )}
      {restore.status !== 'idle' && (
        <p className="runtime-status" role="status" data-testid="runtime-restore-status">
          {restore.status === 'restoring'
            ? 'Restoring…'
            : restore.status === 'restored'
              ? `Restored${restore.number != null ? ` as version ${restore.number}` : ''}; it is being deployed.`
              : restore.reason}
        </p>
      )}
    </div>
  );
}
