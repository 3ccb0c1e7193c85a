// One short link as the data API returns it. Only the app's server writes links (the rules
// say admin), so pages create them through POST /api/links and read them directly.
export interface Link {
  id: number;
  createdAt: string;
  code: string;
  target: string;
  clicks: number;
}

/** Where a short link lives: on this app's own origin, answered by its server. */
export function shortUrl(code: string): string {
  return `${window.location.origin}/api/go/${encodeURIComponent(code)}`;
}

/** Asks the app's server for a short link; its refusal comes back as the error's message. */
export async function shorten(target: string, code: string): Promise<Link> {
  const response = await fetch('/api/links', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target, code: code.trim() || undefined }),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<Link> & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `The link could not be made (${response.status}).`);
  return body as Link;
}
