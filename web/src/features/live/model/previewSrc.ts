/** Adds `v=<version>` so each new deployment bypasses the browser cache and reloads the iframe. */
export function previewSrc(url: string, version: string | null): string {
  if (!version) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt >= 0 ? [url.slice(0, hashAt), url.slice(hashAt)] : [url, ''];
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}v=${encodeURIComponent(version)}${hash}`;
}

const BASE_SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';

/**
 * The app normally runs on its own origin (a subdomain), where allow-same-origin only gives it
 * its own storage. If the url is on the platform's origin (e.g. the /apps/{slug}/ path fallback),
 * allow-same-origin together with allow-scripts would let generated code reach into this page,
 * so it is dropped there: the app then runs with an opaque origin (no localStorage) instead.
 */
export function previewSandbox(url: string, pageOrigin: string): string {
  let appOrigin: string;
  try {
    appOrigin = new URL(url, pageOrigin).origin;
  } catch {
    return BASE_SANDBOX;
  }
  return appOrigin === pageOrigin ? BASE_SANDBOX : `${BASE_SANDBOX} allow-same-origin`;
}
