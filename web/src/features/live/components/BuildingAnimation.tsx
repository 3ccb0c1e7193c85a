import type { Phase } from '../model/streamReducer';

interface Props {
  step: string | null;
  /** Set while the build waits for a free builder: its place in line (1 = next). */
  queuePosition?: number | null;
  files: string[];
  phase: Phase;
  error?: string;
}

const SHOWN_FILES = 8;

/** Stands in for the preview until the first renderable version exists. */
export function BuildingAnimation({ step, queuePosition, files, phase, error }: Props) {
  if (phase === 'failed') {
    return (
      <div className="building building-failed" role="alert">
        <h2>Generation failed</h2>
        <p>{error ?? 'The app could not be built.'}</p>
        <p className="muted">Describe a change in the chat to try again, or start a new project.</p>
      </div>
    );
  }
  const recent = files.slice(-SHOWN_FILES);
  return (
    <div className="building" data-testid="building" aria-live="polite">
      <div className="building-blocks" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h2>{queuePosition != null ? 'Waiting for a free builder' : 'Building your app'}</h2>
      {queuePosition != null ? (
        <p className="building-step" data-testid="building-queue">
          {queuePosition === 1 ? 'Next in line' : `Number ${queuePosition} in line`}: your app starts as soon as a
          build before it finishes.
        </p>
      ) : (
        <p className="building-step">{step ?? 'Starting…'}</p>
      )}
      {recent.length > 0 && (
        <ul className="building-files" aria-label="Files written so far">
          {files.length > recent.length && <li className="muted">…{files.length - recent.length} more</li>}
          {recent.map((path) => (
            <li key={path}>{path}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
