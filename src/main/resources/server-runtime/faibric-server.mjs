// Serves an app's server code (server/index.ts, transpiled) in its container: every request
// becomes a web-standard Request for the app's default export, whose Response goes back as
// it is; GET /_health answers once the module has loaded; `schedules` run on their timers.
import http from 'node:http';

const MAX_BODY = 1024 * 1024;
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8080);
const app = await import('./server/index.js');
const handle = app.default;
if (typeof handle !== 'function') {
  console.error('server/index.ts must default-export a function (request: Request) => Response');
  process.exit(1);
}

function problem(res, status, message) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status, error: message }));
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/_health') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    return;
  }
  try {
    const body = await readBody(req);
    if (body === null) return problem(res, 413, 'The request body is larger than 1 MB.');
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      else if (value !== undefined) headers.set(name, value);
    }
    const origin = `${req.headers['x-forwarded-proto'] || 'http'}://${req.headers['x-forwarded-host'] || req.headers.host || 'localhost'}`;
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && body.length > 0;
    const request = new Request(new URL(req.url, origin), { method: req.method, headers, body: hasBody ? body : undefined });
    const response = await handle(request);
    if (!(response instanceof Response)) {
      return problem(res, 500, "The app's server answered with something that is not a Response.");
    }
    const out = {};
    response.headers.forEach((value, name) => { out[name] = value; });
    const cookies = response.headers.getSetCookie?.() ?? [];
    if (cookies.length > 0) out['set-cookie'] = cookies;
    res.writeHead(response.status, out);
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    if (!res.headersSent) problem(res, 500, `The app's server failed: ${error?.message ?? error}`);
    else res.end();
  }
});

for (const schedule of Array.isArray(app.schedules) ? app.schedules : []) {
  const seconds = Math.max(5, Number(schedule?.everySeconds) || 60);
  if (typeof schedule?.run !== 'function') continue;
  setInterval(() => {
    Promise.resolve().then(() => schedule.run()).catch((error) => console.error('schedule failed:', error));
  }, seconds * 1000).unref();
}

server.listen(port, host, () => console.log(`serving /api/ on ${host}:${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
