import { collection } from 'faibric/data';

// The app's server: receives webhooks at /api/hooks/{channel} and keeps each one. With the
// WEBHOOK_TOKEN secret set (Faibric's project settings), only requests that send it in the
// X-Webhook-Token header are kept.
interface Delivery {
  channel: string;
  method: string;
  contentType: string | null;
  headers: string;
  body: string;
  size: number;
}

const deliveries = collection<Delivery>('deliveries');

const MAX_BODY = 64 * 1024;

/** Headers worth showing; never the token itself. */
const HIDDEN = new Set(['x-webhook-token', 'cookie', 'authorization', 'x-forwarded-for']);

const json = (body: unknown, status = 200) => Response.json(body, { status });

export default async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const hook = pathname.match(/^\/api\/hooks\/([A-Za-z0-9_-]{1,40})$/);
  if (!hook) return json({ error: `Nothing at ${request.method} ${pathname}. Send webhooks to /api/hooks/{channel}.` }, 404);
  if (!['POST', 'PUT', 'PATCH'].includes(request.method)) {
    return json({ error: 'Send webhooks with POST, PUT or PATCH.' }, 405);
  }
  const token = process.env.WEBHOOK_TOKEN;
  if (token && request.headers.get('x-webhook-token') !== token) {
    return json({ error: 'This inbox needs its token in the X-Webhook-Token header.' }, 401);
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_BODY) return json({ error: 'A webhook may be at most 64 KB here.' }, 413);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!HIDDEN.has(name)) headers[name] = value;
  });
  const stored = await deliveries.create({
    channel: hook[1],
    method: request.method,
    contentType: request.headers.get('content-type'),
    headers: JSON.stringify(headers),
    body: new TextDecoder().decode(bytes),
    size: bytes.length,
  });
  return json({ received: true, id: (stored as unknown as { id: number }).id }, 202);
}
