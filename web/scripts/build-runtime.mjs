// Builds the "app runtime": production ES-module builds of React, and the faibric/data client,
// that generated apps load through an import map (never a CDN). React ships CommonJS only, so each entry module re-exports
// an explicit list of names taken from the real module at build time. esbuild's code splitting
// puts React itself into one shared chunk, so every specifier resolves to the SAME React instance
// (two copies would break hooks).
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Read export names from the production builds, which are what we bundle.
process.env.NODE_ENV = 'production';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(webDir, 'package.json'));
const outDir = join(resolve(webDir, process.env.FAIBRIC_WEB_OUT ?? 'dist'), 'app-runtime');
const entryDir = join(webDir, 'node_modules', '.cache', 'faibric-runtime-entries');

/** specifier -> output file name (without .js) and names that must exist whatever React reports. */
const modules = [
  { specifier: 'react', file: 'react', required: ['useState', 'useEffect', 'createElement'] },
  { specifier: 'react/jsx-runtime', file: 'react-jsx-runtime', required: ['jsx', 'jsxs', 'Fragment'] },
  { specifier: 'react-dom', file: 'react-dom', required: ['createPortal', 'flushSync'] },
  { specifier: 'react-dom/client', file: 'react-dom-client', required: ['createRoot', 'hydrateRoot'] },
];

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

function entrySource(specifier, names) {
  // `import M from` gives module.exports of a CommonJS module; destructuring keeps live bindings
  // irrelevant here because React's exports never change after load.
  return [
    `import M from ${JSON.stringify(specifier)};`,
    'export default M;',
    `export const { ${names.join(', ')} } = M;`,
    '',
  ].join('\n');
}

rmSync(entryDir, { recursive: true, force: true });
mkdirSync(entryDir, { recursive: true });
const entryPoints = {};
for (const { specifier, file, required } of modules) {
  const exported = Object.keys(require(specifier)).filter(isIdentifier);
  const missing = required.filter((name) => !exported.includes(name));
  if (missing.length) {
    throw new Error(`${specifier} does not export ${missing.join(', ')}: React's API changed?`);
  }
  const entry = join(entryDir, `${file}.mjs`);
  writeFileSync(entry, entrySource(specifier, exported.sort()));
  entryPoints[file] = entry;
}

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  platform: 'browser',
  target: 'es2020',
  chunkNames: 'chunk-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  absWorkingDir: webDir,
  // esbuild resolves packages from the entry's location; make it search web/node_modules.
  nodePaths: [join(webDir, 'node_modules')],
  logLevel: 'warning',
});

// faibric/data, the client apps keep their data with (runtime/faibric-data.ts). React stays an
// import of "react", which the page's import map resolves to the one React instance above.
const dataClient = await build({
  entryPoints: { 'faibric-data': join(webDir, 'runtime', 'faibric-data.ts') },
  outdir: outDir,
  bundle: true,
  format: 'esm',
  minify: true,
  platform: 'browser',
  target: 'es2020',
  external: ['react'],
  legalComments: 'none',
  absWorkingDir: webDir,
  metafile: true,
  logLevel: 'warning',
});
const dataImports = Object.values(dataClient.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
if (dataImports.some((path) => path !== 'react')) {
  throw new Error(`faibric/data may import only react, not ${dataImports.join(', ')}`);
}

const imports = Object.fromEntries(modules.map(({ specifier, file }) => [specifier, `${file}.js`]));
imports['faibric/data'] = 'faibric-data.js';
const manifest = { imports, react: require('react/package.json').version };
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

console.log(`app runtime (React ${manifest.react}) -> ${outDir}: ${readdirSync(outDir).sort().join(', ')}`);
