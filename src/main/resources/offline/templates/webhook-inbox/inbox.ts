// One request a webhook sender made, as the app's server stored it.
export interface Delivery {
  id: number;
  createdAt: string;
  channel: string;
  method: string;
  contentType: string | null;
  headers: string | null;
  body: string | null;
  size: number;
}

/** The URL senders post to for a channel, on this app's own origin. */
export function hookUrl(channel: string): string {
  return `${window.location.origin}/api/hooks/${encodeURIComponent(channel)}`;
}

/** The body as people read it: JSON indented, anything else as it came. */
export function pretty(body: string | null): string {
  if (!body) return '(empty)';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function headerList(headers: string | null): [string, string][] {
  if (!headers) return [];
  try {
    return Object.entries(JSON.parse(headers) as Record<string, string>);
  } catch {
    return [];
  }
}
