// The messages the error reporter Faibric adds to every app page posts to the page around it
// (src/main/resources/app-page/faibric-errors.js). Whatever else arrives is not one of them.

/** An uncaught error or unhandled rejection of the app, as the reporter describes it. */
export interface RuntimeError {
  message: string;
  stack: string;
  /** The file as the browser loads it, relative to the app (e.g. `components/Chart.js`). */
  file: string;
  line: number;
  column: number;
}

export type RuntimeMessage = { kind: 'error'; error: RuntimeError } | { kind: 'clean' };

/** What the server accepts (RuntimeError.java); longer text is cut, never sent whole. */
export const LIMITS = { message: 2000, stack: 8000, file: 500, position: 10_000_000 } as const;

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

const position = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMITS.position ? value : 0;

/** The message a posted value is, or null when it is none (any other shape, an empty message). */
export function parseRuntimeMessage(data: unknown): RuntimeMessage | null {
  if (!data || typeof data !== 'object') return null;
  const value = data as Record<string, unknown>;
  if (value.type === 'faibric:ran-clean') return { kind: 'clean' };
  if (value.type !== 'faibric:runtime-error') return null;
  const message = text(value.message, LIMITS.message).trim();
  if (!message) return null;
  return {
    kind: 'error',
    error: {
      message,
      stack: text(value.stack, LIMITS.stack),
      file: text(value.file, LIMITS.file),
      line: position(value.line),
      column: position(value.column),
    },
  };
}

/** The first lines of a stack that say where (the message line the browser repeats left out). */
export function stackLines(error: RuntimeError, count: number): string[] {
  const lines = error.stack
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const start = lines[0] && error.message.endsWith(lines[0].replace(/^Uncaught\s+/, '')) ? 1 : 0;
  return lines.slice(start, start + count);
}

/** `components/Chart.js:12:5`, or '' when the reporter did not know. */
export function where(error: RuntimeError): string {
  if (!error.file) return '';
  return [error.file, error.line || null, error.line && error.column ? error.column : null].filter((p) => p != null).join(':');
}
