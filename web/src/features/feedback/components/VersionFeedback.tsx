import type { Thumbs } from '../api/sendFeedback';
import { useVersionFeedback } from '../hooks/useVersionFeedback';

interface Props {
  projectId: string;
  /** The live version; null until one exists, which keeps the buttons disabled. */
  version: number | null;
  /** The vote already stored for this version, if the server says. */
  initial?: Thumbs;
}

const emoji: Record<Thumbs, string> = { up: '👍', down: '👎' };

/** "Was this version good?" — a thumbs vote that also tells the library what worked. Key it by version. */
export function VersionFeedback({ projectId, version, initial }: Props) {
  const { recorded, sending, componentsLearned, error, rate } = useVersionFeedback(projectId, version, initial);
  const disabled = version == null || sending != null;
  const subject = version == null ? 'this app' : `version ${version}`;

  const button = (thumbs: Thumbs, hint: string) => (
    <button
      type="button"
      className={`icon-button feedback-button feedback-${thumbs}`}
      data-testid={`feedback-${thumbs}`}
      aria-pressed={recorded === thumbs}
      aria-label={`Thumbs ${thumbs}`}
      title={version == null ? 'You can rate the app once a version is live' : hint}
      disabled={disabled}
      onClick={() => rate(thumbs)}
    >
      <span aria-hidden="true">{emoji[thumbs]}</span>
    </button>
  );

  return (
    <div className="feedback" role="group" aria-label={`Rate ${subject}`} aria-busy={sending != null}>
      {button('up', 'Good — this is what I wanted')}
      {button('down', 'Not what I wanted')}
      <span className="feedback-note" role="status" data-testid="feedback-status">
        {sending ? 'Sending…' : recorded ? `Thanks — rated ${emoji[recorded]}` : ''}
        {!sending && componentsLearned > 0 && (
          <span className="feedback-learned">
            {' · '}
            {componentsLearned} {componentsLearned === 1 ? 'component' : 'components'} added to the library
          </span>
        )}
      </span>
      {error && (
        <span className="feedback-error" role="alert" data-testid="feedback-error">
          {error}
        </span>
      )}
    </div>
  );
}
