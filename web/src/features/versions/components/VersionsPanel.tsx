import { useVersions } from '../hooks/useVersions';
import { VersionRow } from './VersionRow';

interface Props {
  projectId: string;
  /** The live version's number: the list is read again when it changes. */
  liveVersion: number | null;
}

/**
 * Every version of the project, newest first: each opens at its own address, shows what it changed,
 * and can be bookmarked or restored. Restoring is forward only: a new version with the old files.
 */
export function VersionsPanel({ projectId, liveVersion }: Props) {
  const { versions, loadError, error, busy, restore, bookmark, unbookmark } = useVersions(projectId, liveVersion);
  if (loadError) return <p className="error-text">Could not load the versions: {loadError}</p>;
  if (!versions) return <p className="muted">Loading the versions…</p>;
  if (versions.length === 0) return <p className="muted">No version yet: the first appears when the app is built.</p>;
  return (
    <section className="versions-panel" aria-label="Versions" data-testid="versions-panel">
      <p className="muted">
        Restoring a version makes a new one with its files; nothing is lost, and an app&apos;s data stays as it is.
      </p>
      {error && (
        <p className="error-text" role="alert" data-testid="versions-error">
          {error}
        </p>
      )}
      <ol className="version-list">
        {versions.map((version) => (
          <VersionRow
            key={version.number}
            projectId={projectId}
            version={version}
            busy={busy === version.number}
            onRestore={() => void restore(version.number)}
            onBookmark={(name) => bookmark(version.number, name)}
            onUnbookmark={() => void unbookmark(version.number)}
          />
        ))}
      </ol>
    </section>
  );
}
