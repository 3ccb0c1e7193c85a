import { useNow } from '../hooks/useNow';
import { elapsedMillis, formatElapsed, type BuildCard } from '../model/buildCard';

/**
 * How long the build has run, ticking while it does. From the events' timestamps, so a page
 * opened in the middle of a build shows the time since it really started.
 */
export function BuildElapsed({ build }: { build: BuildCard }) {
  const ticking = build.status === 'running';
  const now = useNow(ticking);
  const ms = elapsedMillis(build, now);
  const seconds = Math.floor(ms / 1000);
  return (
    <time
      className="build-card-elapsed"
      data-testid="build-card-elapsed"
      dateTime={`PT${seconds}S`}
      title={build.status === 'queued' ? 'Time waiting for a free builder' : ticking ? 'Running for' : 'Took'}
      aria-live="off"
    >
      {formatElapsed(ms)}
    </time>
  );
}
