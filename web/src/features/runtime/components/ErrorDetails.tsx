import { stackLines, where, type RuntimeError } from '../model/runtimeMessage';

const STACK_LINES = 6;

/** An error's message, where it was thrown and, folded away, the first lines of its stack. */
export function ErrorDetails({ error }: { error: RuntimeError }) {
  const at = where(error);
  const lines = stackLines(error, STACK_LINES);
  return (
    <>
      <p className="runtime-message" data-testid="runtime-error-message">
        {error.message}
      </p>
      {at && <p className="runtime-where muted">at {at}</p>}
      {lines.length > 0 && (
        <details className="runtime-stack" data-testid="runtime-error-stack">
          <summary>Stack</summary>
          <pre>{lines.join('\n')}</pre>
        </details>
      )}
    </>
  );
}
