// Bundles scripts/start-check-entry.mjs for the start check that loads each app on the server
// before it goes live: written to $FAIBRIC_WEB_OUT/start-check/dom.js, one classic script.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(resolve(webDir, process.env.FAIBRIC_WEB_OUT ?? 'dist'), 'start-check');
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(webDir, 'scripts', 'start-check-entry.mjs')],
  outfile: join(outDir, 'dom.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  legalComments: 'none',
  absWorkingDir: webDir,
  logLevel: 'warning',
});
console.log(`start check DOM -> ${join(outDir, 'dom.js')}`);
