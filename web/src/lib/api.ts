// Thin fetch wrapper: JSON in, JSON out, and RFC 9457 problem details turned into an ApiError
// whose message is the server's human-readable `detail`.

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string | undefined;

  constructor(status: number, message: string, title?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
  }
}

async function problemFrom(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  try {
    problem = (await response.json()) as Problem;
  } catch {
    // Not JSON (a proxy error page, say): fall back to the status line.
  }
  const message =
    problem.detail || problem.title || `Request failed (${response.status} ${response.statusText})`.trim();
  return new ApiError(response.status, message, problem.title);
}

/**
 * With accounts on, the server sets an XSRF-TOKEN cookie and wants its value back in an
 * X-XSRF-TOKEN header on every change: a page on another site cannot read the cookie, so it
 * cannot send the header.
 */
export function csrfHeader(method: string | undefined): Record<string, string> {
  if (!method || ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) return {};
  const cookie = typeof document === 'undefined' ? '' : document.cookie;
  const token = cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('XSRF-TOKEN='));
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.slice('XSRF-TOKEN='.length)) } : {};
}

export async function apiRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...csrfHeader(init.method),
        ...init.headers,
      },
    });
  } catch {
    throw new ApiError(0, 'Cannot reach the Faibric server. Is it running?');
  }
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const getJson = <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal });

export const postJson = <T>(path: string, body: unknown) =>
  apiRequest<T>(path, { method: 'POST', body: JSON.stringify(body) });

export const putJson = <T>(path: string, body: unknown) =>
  apiRequest<T>(path, { method: 'PUT', body: JSON.stringify(body) });
