import { buildResult, type BuildCard } from '../model/buildCard';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How the build ended: deployed (with a link to the version), repaired and deployed, or failed and why. */
export function BuildResult({ build }: { build: BuildCard }) {
  const result = buildResult(build);
  if (result == null) return null;
  if (result === 'failed') {
    return (
      <div className="build-result build-result-failed" data-testid="build-card-result" data-result="failed" role="status">
        <span aria-hidden="true">✕ </span>
        <strong>Failed:</strong> {build.error ?? 'the build ended without a result.'}
      </div>
    );
  }
  const version = build.version != null ? `version ${build.version}` : 'the app';
  return (
    <div className={`build-result build-result-${result}`} data-testid="build-card-result" data-result={result} role="status">
      <span aria-hidden="true">✓ </span>
      {result === 'repaired' ? (
        <>
          Fixed {plural(build.problems.length, 'problem', 'problems')} and deployed {version}
        </>
      ) : (
        <>Deployed {version}</>
      )}
      {build.url && (
        <>
          {' · '}
          <a href={build.url} target="_blank" rel="noopener noreferrer">
            Open {version} <span aria-hidden="true">↗</span>
          </a>
        </>
      )}
    </div>
  );
}
