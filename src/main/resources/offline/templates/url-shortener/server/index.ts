import { collection } from 'faibric/data';
import { CUSTOM_CODE, newCode, validTarget } from './codes';

// The app's server: makes short links (only it may write them) and redirects visitors,
// counting each visit. Reached at /api/... on the app's own origin.
interface Link {
  id: number;
  code: string;
  target: string;
  clicks: number;
}

const links = collection<Link>('links');

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function redirect(code: string, method: string): Promise<Response> {
  const found = await links.list({ where: { code }, limit: 1 });
  const link = found.items[0];
  if (!link) {
    return new Response('This short link does not exist.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (method === 'GET') await links.update(link.id, { clicks: link.clicks + 1 });
  return new Response(null, { status: 302, headers: { location: link.target, 'cache-control': 'no-store' } });
}

async function create(request: Request): Promise<Response> {
  let body: { target?: unknown; code?: unknown };
  try {
    body = (await request.json()) as { target?: unknown; code?: unknown };
  } catch {
    return json({ error: 'Send JSON like {"target": "https://example.com/long"}.' }, 400);
  }
  const target = validTarget(body.target);
  if (!target) return json({ error: 'Give a full http:// or https:// address to shorten.' }, 400);
  const wanted = typeof body.code === 'string' && body.code.trim() ? body.code.trim() : null;
  if (wanted && !CUSTOM_CODE.test(wanted)) {
    return json({ error: 'A custom code has 2 to 32 letters, digits, - or _.' }, 400);
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return json(await links.create({ code: wanted ?? newCode(), target, clicks: 0 }), 201);
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
      if (wanted) return json({ error: `The code "${wanted}" is taken; choose another.` }, 409);
    }
  }
  return json({ error: 'No free code was found; try again.' }, 503);
}

export default async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const go = pathname.match(/^\/api\/go\/([A-Za-z0-9_-]{1,32})$/);
  if (go && (request.method === 'GET' || request.method === 'HEAD')) return redirect(go[1], request.method);
  if (pathname === '/api/links' && request.method === 'POST') return create(request);
  return json({ error: `Nothing at ${request.method} ${pathname}.` }, 404);
}
