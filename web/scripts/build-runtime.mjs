// Builds the "app runtime": production ES-module builds of React, the toolkit models reach for
// (lucide-react, recharts, clsx, date-fns), the faibric/data client, and Tailwind's official
// browser build, that generated apps load through an import map (never a CDN). React ships CommonJS only, so each entry module re-exports
// an explicit list of names taken from the real module at build time. esbuild's code splitting
// puts React itself into one shared chunk, so every specifier resolves to the SAME React instance
// (two copies would break hooks); the toolkit is bundled in the same build, so recharts and
// lucide-react import that very chunk.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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

/**
 * The toolkit: ES-module packages re-exported whole (an app may import any of their names).
 * Only the root specifiers: subpaths such as date-fns/locale would add megabytes. `required`
 * is checked against the names Node sees (the CommonJS build); `defaultExport` says whether the
 * ES build, which is what is bundled, has a default export.
 */
const toolkit = [
  { specifier: 'lucide-react', file: 'lucide-react', required: ['Check', 'X', 'Plus', 'createLucideIcon'] },
  { specifier: 'recharts', file: 'recharts', required: ['ResponsiveContainer', 'BarChart', 'LineChart', 'PieChart'] },
  { specifier: 'clsx', file: 'clsx', required: ['clsx'], defaultExport: true },
  { specifier: 'date-fns', file: 'date-fns', required: ['format', 'addDays', 'parseISO', 'formatDistanceToNow'] },
];

/** Tailwind CSS v4's official browser build: a classic script an app page adds when the app uses Tailwind. */
const tailwind = { package: '@tailwindcss/browser', source: 'dist/index.global.js', file: 'tailwindcss-browser.js' };

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

for (const { specifier, file, required, defaultExport } of toolkit) {
  const exported = Object.keys(await import(specifier));
  const missing = required.filter((name) => !exported.includes(name));
  if (missing.length) {
    throw new Error(`${specifier} does not export ${missing.join(', ')}: its API changed?`);
  }
  const entry = join(entryDir, `${file}.mjs`);
  const source = [`export * from ${JSON.stringify(specifier)};`];
  if (defaultExport) {
    source.push(`export { default } from ${JSON.stringify(specifier)};`);
  }
  writeFileSync(entry, source.join('\n') + '\n');
  entryPoints[file] = entry;
}

rmSync(outDir, { recursive: true, force: true });
const runtime = await build({
  entryPoints,
  metafile: true,
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

// Stand-ins the server-side start check loads instead of lucide-react and recharts: its JavaScript
// engine interprets, and evaluating those two (1.6 MB) took it seconds, where an app's own code
// takes milliseconds. Every export is there, so an app's imports link as in a browser; icons
// render an empty <svg>, charts a <div> with their children, their parts nothing. What the check
// is for, the app's own code starting, is checked the same.
const stubDir = join(resolve(webDir, process.env.FAIBRIC_WEB_OUT ?? 'dist'), 'start-check', 'stubs');
mkdirSync(stubDir, { recursive: true });
const stubs = {
  'lucide-react': (name) => (/^[A-Z]/.test(name) ? 'Icon' : name === 'icons' ? 'icons' : 'helper'),
  recharts: (name) =>
    /(Chart|Container|Surface|Layer|Treemap|Sankey|SunburstChart)$/.test(name) ? 'Frame' : /^[A-Z]/.test(name) ? 'Part' : 'helper',
};
for (const [specifier, kind] of Object.entries(stubs)) {
  const names = Object.keys(require(specifier)).filter(isIdentifier);
  const byKind = {};
  for (const name of names) (byKind[kind(name)] ??= []).push(name);
  const aliases = Object.entries(byKind).flatMap(([stub, list]) => list.map((name) => `${stub} as ${name}`));
  writeFileSync(join(stubDir, `${specifier}.js`), [
    "import { createElement } from 'react';",
    "const Icon = (props) => createElement('svg', { className: ['lucide', props.className].filter(Boolean).join(' ') });",
    "const Frame = (props) => createElement('div', { className: 'recharts-wrapper' }, props.children);",
    'const Part = () => null;',
    'const helper = () => Icon;',
    'const icons = new Proxy({}, { get: () => Icon });',
    `export { ${aliases.join(', ')} };`,
    '',
  ].join('\n'));
}

// Package files read by path: their package.json "exports" do not list them.
const packageFile = (name, path) => join(webDir, 'node_modules', name, path);
copyFileSync(packageFile(tailwind.package, tailwind.source), join(outDir, tailwind.file));

const all = [...modules, ...toolkit];
const imports = Object.fromEntries(all.map(({ specifier, file }) => [specifier, `${file}.js`]));
imports['faibric/data'] = 'faibric-data.js';
const versionOf = (name) => JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')).version;
const manifest = {
  imports,
  react: require('react/package.json').version,
  // The versions apps get, which an exported app pins too.
  versions: Object.fromEntries([...toolkit.map(({ specifier }) => specifier), tailwind.package].map((name) => [name, versionOf(name)])),
  scripts: { tailwind: tailwind.file },
};
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

// What a page that imports each specifier downloads: its file and the chunks it imports.
const outputs = runtime.metafile.outputs;
const closure = (path, seen = new Set()) => {
  if (!seen.has(path)) {
    seen.add(path);
    for (const i of outputs[path]?.imports ?? []) closure(i.path, seen);
  }
  return seen;
};
const sizes = (paths) => paths.reduce(
  ([raw, gz], path) => {
    const content = readFileSync(resolve(webDir, path));
    return [raw + content.length, gz + gzipSync(content, { level: 9 }).length];
  },
  [0, 0],
);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = all.map(({ specifier, file }) => {
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith(`/${file}.js`));
  return [specifier, ...sizes([...closure(entry)])];
});
rows.push([tailwind.package, ...sizes([relative(webDir, join(outDir, tailwind.file))])]);
for (const [name, raw, gz] of rows) {
  console.log(`  ${name.padEnd(22)} ${kb(raw).padStart(11)} raw ${kb(gz).padStart(10)} gzip (with the chunks it imports)`);
}
const total = readdirSync(outDir).reduce((sum, name) => sum + statSync(join(outDir, name)).size, 0);
console.log(`app runtime (React ${manifest.react}) -> ${outDir}: ${readdirSync(outDir).length} files, ${kb(total)}`);
