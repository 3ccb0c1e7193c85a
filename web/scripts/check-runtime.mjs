// Checks the built app runtime the way a generated app uses it: a page whose import map points
// each React specifier at ./_runtime/<file>, rendered by headless Chromium. The component uses
// hooks and a portal, so it only renders "hooks ok" if every file shares one React instance;
// and faibric/data's useCollection, whose hooks work only with that same instance (this server
// has no data API, so it ends with the 404 as an error); and the toolkit: a lucide-react icon, a
// recharts bar chart (both use hooks of the same React), clsx and date-fns.
// Usage: node scripts/check-runtime.mjs [runtimeDir]   (default: $FAIBRIC_WEB_OUT/app-runtime or dist/app-runtime)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runtimeDir = resolve(process.argv[2] ?? join(resolve(webDir, process.env.FAIBRIC_WEB_OUT ?? 'dist'), 'app-runtime'));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const manifest = JSON.parse(readFileSync(join(runtimeDir, 'manifest.json'), 'utf8'));

const importMap = {
  imports: Object.fromEntries(Object.entries(manifest.imports).map(([spec, file]) => [spec, `./_runtime/${file}`])),
};

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>runtime check</title>
<script type="importmap">${JSON.stringify(importMap)}</script></head>
<body><div id="root"></div><div id="portal"></div>
<script type="module">
import { createRoot } from 'react-dom/client';
import { jsx, jsxs, Fragment } from 'react/jsx-runtime';
import { useState, useEffect, version } from 'react';
import { createPortal } from 'react-dom';
import { useCollection } from 'faibric/data';
import { Check } from 'lucide-react';
import { BarChart, Bar, XAxis } from 'recharts';
import clsx from 'clsx';
import { format } from 'date-fns';
function App() {
  const [count, setCount] = useState(0);
  useEffect(() => { setCount((c) => c + 1); }, []);
  const posts = useCollection('posts');
  return jsxs(Fragment, { children: [
    jsx('p', { id: 'out', children: count > 0 ? 'hooks ok ' + version : 'not yet' }),
    jsx('p', { id: 'data', children: posts.error ? 'data answered ' + posts.error.status : 'data waiting' }),
    createPortal(jsx('span', { id: 'portaled', children: 'portal ok' }), document.getElementById('portal')),
    jsx('p', { id: 'toolkit', className: clsx('a', false && 'b'), children: 'toolkit ' + format(new Date(2026, 0, 2), 'yyyy-MM-dd') }),
    jsx(Check, { id: 'icon' }),
    jsxs(BarChart, { width: 300, height: 200, data: [{ n: 'a', v: 1 }, { n: 'b', v: 3 }], children: [
      jsx(XAxis, { dataKey: 'n' }), jsx(Bar, { dataKey: 'v', fill: '#2563eb', isAnimationActive: false })] }),
  ] });
}
createRoot(document.getElementById('root')).render(jsx(App, {}));
</script></body></html>`;

// The app lives at /apps/check/ and its runtime at /apps/check/_runtime/, as the server lays it out.
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/apps/check/' || path === '/apps/check/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    return;
  }
  const prefix = '/apps/check/_runtime/';
  const file = path.startsWith(prefix) ? normalize(path.slice(prefix.length)) : null;
  if (file && !file.startsWith('..') && !file.includes('/')) {
    try {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(runtimeDir, file)));
      return;
    } catch {
      // fall through to 404
    }
  }
  res.writeHead(404).end();
});

await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/apps/check/`;
// Asynchronous spawn: a synchronous one would block the event loop this very server needs.
const run = await new Promise((done) => {
  const child = spawn(chromium, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'faibric-chromium-'))}`,
    // Lets React's scheduled render and the effect's re-render finish before the DOM is dumped.
    '--virtual-time-budget=5000', '--dump-dom', url,
  ]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  child.on('error', (e) => done({ code: -1, out, err: String(e) }));
  child.on('close', (code) => done({ code, out, err }));
});
server.close();

const ok =
  run.out.includes(`hooks ok ${manifest.react}`) && run.out.includes('portal ok') && run.out.includes('data answered 404') &&
  run.out.includes('class="a">toolkit 2026-01-02') && run.out.includes('lucide-check') && run.out.includes('recharts-bar-rectangle');
console.log(run.out.match(/<body>[\s\S]*?<script/)?.[0] ?? run.out);
if (!ok) {
  console.error(`runtime check FAILED (chromium exit ${run.code})\n${run.err.slice(-2000)}`);
  process.exit(1);
}
console.log(`runtime check passed: React ${manifest.react}, one instance, hooks, portal, faibric/data, lucide-react, recharts, clsx and date-fns work`);
