import { useEffect, useState } from 'react';
import { getVersion } from '../api/versions';
import { fileChanges, type FileChange } from '../model/fileChanges';

interface Props {
  projectId: string;
  number: number;
}

/** What version `number` changed against the one before it: its files, and a unified diff of each. */
export function VersionChanges({ projectId, number }: Props) {
  const [changes, setChanges] = useState<FileChange[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    const previous = number > 1 ? getVersion(projectId, number - 1, controller.signal).then((v) => v.files) : Promise.resolve([]);
    Promise.all([previous, getVersion(projectId, number, controller.signal)]).then(
      ([before, after]) => {
        if (!controller.signal.aborted) setChanges(fileChanges(before, after.files));
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      },
    );
    return () => controller.abort();
  }, [projectId, number]);

  if (error) return <p className="error-text">{error}</p>;
  if (!changes) return <p className="muted">Loading the changes…</p>;
  if (changes.length === 0) return <p className="muted">No file changed{number > 1 ? ` since version ${number - 1}` : ''}.</p>;
  return (
    <div className="version-changes" data-testid="version-changes">
      <p className="muted">{number > 1 ? `Against version ${number - 1}:` : 'The first version:'}</p>
      {changes.map((change) => (
        <details key={change.path} className="file-change" open={changes.length <= 3}>
          <summary>
            <span className={`change-kind change-${change.kind}`}>{change.kind}</span> <code>{change.path}</code>{' '}
            <span className="diff-added">+{change.added}</span> <span className="diff-removed">−{change.removed}</span>
          </summary>
          <pre className="diff" tabIndex={0} aria-label={`Changes to ${change.path}`}>
            {change.hunks.map((hunk, h) => (
              <code key={h}>
                <span className="diff-hunk">{hunk.header}</span>
                {hunk.lines.map((line, i) => (
                  <span key={i} className={line.kind === '+' ? 'diff-line-added' : line.kind === '-' ? 'diff-line-removed' : 'diff-line'}>
                    {line.kind}
                    {line.text}
                  </span>
                ))}
              </code>
            ))}
          </pre>
        </details>
      ))}
    </div>
  );
}
