import type { BuildCard } from '../model/buildCard';
import type { WritingFile } from '../model/streamReducer';
import { Markdown } from '../components/Markdown';
import { BuildElapsed } from './BuildElapsed';
import { BuildFiles } from './BuildFiles';
import { BuildProblems } from './BuildProblems';
import { BuildResult } from './BuildResult';
import { BuildUsage } from './BuildUsage';
import { BuildWriting } from './BuildWriting';
import './buildCard.css';

function heading(build: BuildCard): string {
  switch (build.status) {
    case 'queued':
      return build.queuePosition === 1 ? 'Waiting: next in line' : `Waiting: number ${build.queuePosition ?? '?'} in line`;
    case 'running':
      return 'Building';
    case 'deployed':
      return build.version != null ? `Version ${build.version}` : 'Built';
    case 'failed':
      return 'Build failed';
  }
}

interface Props {
  build: BuildCard;
  /** The file being written, while this is the build under way. */
  writing: WritingFile | null;
}

/** One build in the chat: its files, the one being written, time, cost and how it ended. */
export function BuildCardView({ build, writing }: Props) {
  const running = build.status === 'queued' || build.status === 'running';
  const done = build.files.filter((f) => f.status === 'done').length;
  return (
    <li className={`build-card build-card-${build.status}`} data-testid="build-card" data-status={build.status}>
      <div className="build-card-head">
        <span className="build-card-title">
          {running && <span className="build-card-spinner" aria-hidden="true" />}
          {heading(build)}
        </span>
        <span className="build-card-facts">
          <BuildElapsed build={build} />
          {build.usage && <BuildUsage usage={build.usage} />}
        </span>
      </div>
      {running && build.step && (
        <p className="build-card-step" aria-live="off">
          {build.step}
        </p>
      )}
      {build.files.length > 0 && (
        <details className="build-card-files" open={running || undefined}>
          <summary>
            {done} of {build.files.length} {build.files.length === 1 ? 'file' : 'files'}
          </summary>
          <BuildFiles files={build.files} />
        </details>
      )}
      {running && writing && <BuildWriting writing={writing} />}
      <BuildProblems problems={build.problems} running={running} repairing={build.repairing} />
      {build.summary && <Markdown className="build-card-summary" text={build.summary} />}
      <BuildResult build={build} />
    </li>
  );
}
