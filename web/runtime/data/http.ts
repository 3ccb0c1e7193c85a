// Requests to the app's own origin: JSON both ways, the session cookie sent, and problem+json
// answers turned into a DataError whose message is the server's `detail`.

/** A request the server refused (status 4xx/5xx) or could not be made (status 0). */
export class DataError extends Error {
  // `declare`: set in the constructor, without a class-field helper in the bundle.
  declare readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'DataError';
    this.status = status;
  }
}

/** Any failure as a DataError; other errors keep their message, with status 0. */
export const toDataError = (error: unknown): DataError =>
  error instanceof DataError ? error : new DataError(0, error instanceof Error ? error.message : String(error));

interface Problem {
  detail?: unknown;
  title?: unknown;
}

/** Sends `body` as JSON; resolves to the answer's JSON (undefined for 204), rejects with a DataError. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (typeof fetch !== 'function') throw new DataError(0, 'There is no network here (no fetch)');
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Every write says it is JSON, also without a body: the server refuses writes that do not.
  if (method !== 'GET') headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new DataError(0, `Cannot reach the server (${toDataError(error).message})`);
  }
  if (response.status === 204) return undefined as T;
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (!response.ok) {
    const problem = (payload ?? {}) as Problem;
    const message = problem.detail || problem.title || `Request failed (${response.status})`;
    throw new DataError(response.status, String(message));
  }
  if (payload === undefined) throw new DataError(response.status, 'The server did not answer with JSON');
  return payload as T;
}
