import { describe, expect, it } from 'vitest';
import type { ProjectDetail } from '@/types/project';
import type { ServerEvent } from './events';
import * as card from './buildCard';
import { initialStreamState, streamReducer, type StreamState } from './streamReducer';

let clock = 1_700_000_000_000;
const ev = (seq: number, type: string, content: unknown, extra: Partial<ServerEvent> = {}): ServerEvent => ({
  seq,
  type,
  content,
  timestamp: clock++,
  ...extra,
});

const apply = (events: ServerEvent[], state: StreamState = initialStreamState()) =>
  streamReducer(state, { type: 'events', events });

/** Feeds events one at a time, as the socket does. */
const feed = (events: ServerEvent[], state: StreamState = initialStreamState()) =>
  events.reduce((s, e) => apply([e], s), state);

/** The chat's lines, without the build cards. */
const lines = (state: StreamState) => state.items.filter((i) => i.kind !== 'build');
const cards = (state: StreamState) => state.items.filter((i) => i.kind === 'build').map((i) => i.build!);

const snapshot = (over: Partial<ProjectDetail> = {}): ProjectDetail => ({
  id: 12,
  slug: 'tip-calculator-k3x9qa',
  title: 'Tip Calculator',
  prompt: 'A tip calculator',
  appType: 'tool',
  status: 'ready',
  url: '/apps/tip-calculator-k3x9qa/',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  files: [{ path: 'App.tsx', content: 'export default function App() {}\n' }],
  versions: [{ number: 2, createdAt: '2025-01-01T00:00:00Z', summary: 'first' }],
  currentVersion: 2,
  ...over,
});

describe('streamReducer: sequencing', () => {
  it('ignores events whose seq is not above the last one seen', () => {
    const once = feed([ev(1, 'thinking', 'planning'), ev(2, 'thinking', 'writing')]);
    const again = feed([ev(1, 'thinking', 'planning'), ev(2, 'thinking', 'writing'), ev(2, 'thinking', 'dup')], once);
    expect(again).toBe(once); // nothing changed at all
    expect(lines(again).map((i) => i.text)).toEqual(['planning', 'writing']);
    expect(again.lastSeq).toBe(2);
  });

  it('applies a batch in seq order and drops the stale part of it', () => {
    const state = apply([ev(3, 'thinking', 'c'), ev(1, 'thinking', 'a'), ev(2, 'thinking', 'b'), ev(2, 'thinking', 'b again')]);
    expect(lines(state).map((i) => i.text)).toEqual(['a', 'b', 'c']);
    expect(lines(state).map((i) => i.seq)).toEqual([1, 2, 3]);
    expect(state.lastSeq).toBe(3);
  });

  it('counts unknown types as seen without showing them', () => {
    const state = feed([ev(1, 'telemetry', 'x'), ev(2, 'thinking', 'y')]);
    expect(state.lastSeq).toBe(2);
    expect(lines(state)).toHaveLength(1);
  });

  it('shows the place in line while a build waits, on its card, until it runs', () => {
    const waiting = feed([
      ev(1, 'queued', 'Waiting for a free builder: number 3 in line', { position: 3 }),
      ev(2, 'queued', 'Waiting for a free builder: number 1 in line', { position: 1 }),
    ]);
    expect(waiting.queuePosition).toBe(1);
    expect(waiting.phase).toBe('generating');
    expect(waiting.items.map((i) => i.kind)).toEqual(['build']);
    expect(cards(waiting)[0]).toMatchObject({ status: 'queued', queuePosition: 1, startedAt: waiting.items[0].timestamp });

    const started = clock;
    const running = feed([ev(3, 'thinking', 'Building a tool...', { provider: 'offline' })], waiting);
    expect(running.queuePosition).toBeNull();
    expect(running.step).toBe('Building a tool...');
    expect(running.items.map((i) => i.kind)).toEqual(['thinking', 'build']);
    // The clock starts when the build runs, not when it was put in line.
    expect(cards(running)[0]).toMatchObject({ status: 'running', queuePosition: null, startedAt: started });
  });

  it('shows unsequenced events (e.g. a rate-limit error) without moving lastSeq', () => {
    const state = feed([ev(4, 'thinking', 'x'), { type: 'error', content: 'slow down', timestamp: 1, recoverable: true } as ServerEvent]);
    expect(state.lastSeq).toBe(4);
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build', 'error']);
    expect(cards(state)[0].status).toBe('running'); // a notice does not end the build
    expect(state.phase).toBe('generating'); // recoverable: not failed
  });
});

describe('streamReducer: feed', () => {
  it('folds progress, files and validation into the build card and keeps thinking as chat lines', () => {
    const state = feed([
      ev(1, 'thinking', 'planning'),
      ev(2, 'progress', 'Writing App.tsx', { path: 'App.tsx', files: 0 }),
      ev(3, 'progress', 'Writing App.tsx (40 characters)', { path: 'App.tsx', chunk: 'line 1\nline 2' }),
      ev(4, 'file', 'line 1\nline 2\nline 3\n', { path: 'App.tsx', lines: 3 }),
      ev(5, 'validation', 'Found 1 problem(s); asking openai to fix them', { errors: ['App.tsx: missing export'], repairing: true }),
      ev(6, 'progress', 'Repairing'),
    ]);
    expect(state.items.map((i) => [i.kind, i.text])).toEqual([
      ['thinking', 'planning'],
      ['build', ''],
    ]);
    expect(cards(state)[0]).toMatchObject({
      status: 'running',
      step: 'Repairing',
      files: [{ path: 'App.tsx', status: 'done', lines: 3, edit: false }],
      problems: ['App.tsx: missing export'],
      repairing: true,
    });
    expect(state.items[1].key).toBe('build-s1'); // stable key: React updates the card in place
    expect(state.step).toBe('Repairing');
  });

  it('records files in the order they were first written', () => {
    const state = feed([
      ev(1, 'file', 'line 1\nline 2\n', { path: 'components/Header.tsx' }),
      ev(2, 'file', 'x', { path: 'App.tsx' }),
      ev(3, 'file', 'a\nb\nc', { path: 'components/Header.tsx' }),
    ]);
    expect(cards(state)).toHaveLength(1);
    expect(cards(state)[0].files).toEqual([
      { path: 'components/Header.tsx', status: 'done', lines: 3, edit: false },
      { path: 'App.tsx', status: 'done', lines: 1, edit: false },
    ]);
    expect(state.fileOrder).toEqual(['components/Header.tsx', 'App.tsx']);
    expect(state.files['components/Header.tsx']).toBe('a\nb\nc');
  });

  it('takes the title from the complete result and marks the project ready', () => {
    const result = { app_type: 'tool', title: 'Tip Calculator', description: 'Split a bill', components: { 'App.tsx': '...' } };
    const fromObject = feed([ev(1, 'complete', result)]);
    const fromString = feed([ev(1, 'complete', JSON.stringify(result))]);
    for (const state of [fromObject, fromString]) {
      expect(state.title).toBe('Tip Calculator');
      expect(state.result?.app_type).toBe('tool');
      expect(state.phase).toBe('ready');
      expect(cards(state)[0].summary).toBe('Tip Calculator — Split a bill');
      expect(state.files).toEqual({ 'App.tsx': '...' }); // the version's files
    }
  });

  it('is ready again when a build ends in an error but the previous version stays live', () => {
    const running = [ev(1, 'deployed', 'Version 1 is live', { url: 'http://a/', version: 1 }), ev(2, 'thinking', 'x')];
    expect(feed([...running, ev(3, 'error', 'interrupted', { recoverable: true, ended: true })]).phase).toBe('ready');
    expect(feed([ev(1, 'thinking', 'x'), ev(2, 'error', 'interrupted', { recoverable: false, ended: true })]).phase).toBe('failed');
  });

  it('fails only on unrecoverable errors', () => {
    expect(feed([ev(1, 'error', 'boom', { recoverable: true })]).phase).toBe('generating');
    expect(feed([ev(1, 'error', 'boom', { recoverable: false })]).phase).toBe('failed');
  });

  it('confirms an optimistic chat message when the server echoes it', () => {
    let state = streamReducer(initialStreamState(), { type: 'localUser', key: 'local-1', text: 'make it blue', timestamp: 1 });
    state = feed([ev(1, 'thinking', 'on it')], state);
    state = feed([ev(2, 'user', 'make it blue')], state);
    expect(lines(state).map((i) => [i.kind, i.text, i.pending])).toEqual([
      ['user', 'make it blue', false],
      ['thinking', 'on it', undefined],
    ]);
    // Someone else's message is simply appended.
    state = feed([ev(3, 'user', 'add a footer')], state);
    expect(state.items.at(-1)).toMatchObject({ kind: 'user', text: 'add a footer', seq: 3 });
  });

  it('says in the chat what a new data model did to the stored data, naming what was hidden', () => {
    const state = feed([
      ev(1, 'message', 'Data: added field posts.tags; hid field posts.mood (its values are kept)', {
        dataTier: true,
        hidden: ['posts.mood'],
      }),
    ]);
    expect(state.items).toHaveLength(1);
    expect(state.items[0]).toMatchObject({ kind: 'message', seq: 1, errors: ['Hidden, not deleted: posts.mood'] });
    expect(state.items[0].text).toContain('hid field posts.mood');
    expect(feed([ev(1, 'message', 'Data: added collection tags', { hidden: [] })]).items[0].errors).toBeUndefined();
  });
});

describe('streamReducer: preview url', () => {
  it('uses the preview url first, then each deployed url with its version', () => {
    let state = feed([ev(1, 'thinking', 'x'), ev(2, 'preview', 'Preview ready', { url: '/apps/tip/' })]);
    expect(state.url).toBe('/apps/tip/');
    expect(state.urlVersion).toBe('s2');
    expect(state.phase).toBe('generating');

    state = feed([ev(3, 'deployed', 'Deployed', { url: 'http://tip.apps.localhost:8080/', version: 1 })], state);
    expect(state).toMatchObject({ url: 'http://tip.apps.localhost:8080/', version: 1, urlVersion: '1', phase: 'ready' });
    expect(cards(state).at(-1)).toMatchObject({ status: 'deployed', url: 'http://tip.apps.localhost:8080/', version: 1, previews: 1 });

    state = feed([ev(4, 'deployed', '', { url: 'http://tip.apps.localhost:8080/', version: 2 })], state);
    expect(state.urlVersion).toBe('2');
    expect(cards(state).map((c) => c.version)).toEqual([1, 2]);
  });

  it('refreshes a progressive preview as files complete, until the deployed version replaces it', () => {
    const url = 'http://tip-k3x9qa--4f1c2a9b0d3e7f.apps.localhost:8080/';
    let state = feed([ev(1, 'preview', 'p1', { url }), ev(2, 'file', 'x', { path: 'components/A.tsx' })]);
    const first = state.urlVersion;
    state = feed([ev(3, 'preview', 'p2', { url })], state);
    expect(state.url).toBe(url);
    expect(state.urlVersion).not.toBe(first);
    state = feed([ev(4, 'deployed', 'ok', { url: 'http://tip-k3x9qa.apps.localhost:8080/', version: 1 })], state);
    expect(state.url).toBe('http://tip-k3x9qa.apps.localhost:8080/');
    expect(state.version).toBe(1);
  });

  it('does not let a late preview replace a deployed version', () => {
    const state = feed([ev(1, 'deployed', 'ok', { url: '/apps/a/', version: 1 }), ev(2, 'preview', 'p', { url: '/apps/a-preview/' })]);
    expect(state.url).toBe('/apps/a/');
    expect(state.urlVersion).toBe('1');
  });

  it('shows a deployed project from the snapshot and does not step back while history replays', () => {
    let state = streamReducer(initialStreamState(), { type: 'snapshot', project: snapshot() });
    expect(state).toMatchObject({ url: '/apps/tip-calculator-k3x9qa/', version: 2, urlVersion: '2', phase: 'ready', title: 'Tip Calculator' });
    expect(state.fileOrder).toEqual(['App.tsx']);

    const before = state;
    state = feed(
      [
        ev(1, 'preview', 'p', { url: '/apps/tip-calculator-k3x9qa/' }),
        ev(2, 'deployed', 'v1', { url: '/apps/tip-calculator-k3x9qa/', version: 1 }),
        ev(3, 'deployed', 'v2', { url: '/apps/tip-calculator-k3x9qa/', version: 2 }),
      ],
      state,
    );
    expect(state.urlVersion).toBe(before.urlVersion); // no iframe reload during replay
    state = feed([ev(4, 'deployed', 'v3', { url: '/apps/tip-calculator-k3x9qa/', version: 3 })], state);
    expect(state.urlVersion).toBe('3');
  });

  it('keeps newer event state over an older snapshot', () => {
    let state = feed([
      ev(1, 'file', 'new source', { path: 'App.tsx' }),
      ev(2, 'deployed', 'v3', { url: '/apps/x/', version: 3 }),
    ]);
    state = streamReducer(state, { type: 'snapshot', project: snapshot({ url: '/apps/x/', currentVersion: 2, status: 'generating' }) });
    expect(state.files['App.tsx']).toBe('new source');
    expect(state).toMatchObject({ version: 3, urlVersion: '3', phase: 'ready' });
  });

  it('leaves the preview empty for a project still generating with no url', () => {
    const state = streamReducer(initialStreamState(), { type: 'snapshot', project: snapshot({ url: null, status: 'generating', currentVersion: null, files: [] }) });
    expect(state.url).toBeNull();
    expect(state.phase).toBe('generating');
  });
});

describe('streamReducer: library template and cost', () => {
  const usage = { aiCalls: 1, inputTokens: 1500, outputTokens: 600, firstTokenMillis: 900, durationMillis: 8600, aiMillis: 8000, provider: 'anthropic', model: 'claude' };

  it('remembers the template a thinking event says the build starts from', () => {
    const state = feed([
      ev(1, 'thinking', 'Planning a tool'),
      ev(2, 'thinking', "Starting from the code library's 'Tip calculator' template", { template: 'tip-calculator', similarity: 0.91, relevance: 0.93 }),
      ev(3, 'thinking', 'Adapting'),
    ]);
    expect(state.template).toEqual({ slug: 'tip-calculator', similarity: 0.91, relevance: 0.93 });
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'thinking', 'thinking', 'build']);
  });

  it('has no template for a build written from scratch', () => {
    expect(feed([ev(1, 'thinking', 'Planning')]).template).toBeNull();
  });

  it('keeps each version’s cost from its complete event', () => {
    const state = feed([
      ev(1, 'complete', { title: 'Tip Calculator' }, { version: 1, usage }),
      ev(2, 'complete', { title: 'Tip Calculator' }, { version: 2, usage: { ...usage, aiCalls: 2 } }),
      ev(3, 'complete', 'done'), // no version or usage: nothing to record
    ]);
    expect(state.costs[1]).toEqual(usage);
    expect(state.costs[2].aiCalls).toBe(2);
    expect(Object.keys(state.costs)).toEqual(['1', '2']);
  });
});

describe('streamReducer: one build card per build', () => {
  const usage = { aiCalls: 2, inputTokens: 3200, outputTokens: 1800, firstTokenMillis: 700, durationMillis: 14000, aiMillis: 12000, provider: 'openai', model: 'gpt-4o' };
  const sources: Record<string, string> = {
    'App.tsx': "import Header from './components/Header';\nexport default function App() {\n  return <main><Header /></main>;\n}\n",
    'components/Header.tsx': 'export default function Header() {\n  return <h1>Tip</h1>;\n}\n',
    'components/BillForm.tsx': 'export default function BillForm() {\n  return <form />;\n}\n',
    'components/Summary.tsx': 'export default function Summary() {\n  return <p>Total</p>;\n}\n',
    'components/Footer.tsx': 'export default function Footer() {\n  return <footer>Made with care</footer>;\n}\n',
  };
  const paths = Object.keys(sources);

  /** What the server sends for a five-file first build, as GenerationRun and the Releaser send it. */
  function fiveFileBuild(): ServerEvent[] {
    let seq = 0;
    const next = (type: string, content: unknown, extra: Partial<ServerEvent> = {}) => ev(++seq, type, content, extra);
    const events = [next('thinking', 'Building a tool with openai gpt-4o...', { provider: 'openai', model: 'gpt-4o' })];
    paths.forEach((path, written) => {
      const source = sources[path];
      const half = source.indexOf('\n') + 1;
      events.push(
        next('progress', `Writing ${path}`, { path, files: written }),
        next('progress', `Writing ${path} (${half} characters)`, { path, chunk: source.slice(0, half), files: written }),
        next('progress', `Writing ${path} (${source.length} characters)`, { path, chunk: source.slice(half).trimEnd(), files: written }),
        next('file', source, { path, lines: source.split('\n').length - 1 }),
        next('preview', `Preview with ${written + 1} file(s) written`, { url: 'http://tip--k3y.apps.localhost:8080/', files: written + 1 }),
      );
    });
    const result = { app_type: 'tool', title: 'Tip Calculator', description: 'Split a **bill**.', components: sources };
    events.push(
      next('complete', result, { version: 1, usage, warnings: [] }),
      next('deployed', 'Version 1 is live', { url: 'http://tip.apps.localhost:8080/', version: 1, tier: 'static' }),
    );
    return events;
  }

  it('shows a five-file build as ONE card, not a message per file', () => {
    const events = fiveFileBuild();
    expect(events).toHaveLength(28);
    const state = feed(events);

    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build']);
    expect(cards(state)).toHaveLength(1);
    const build = cards(state)[0];
    expect(build.files).toEqual(paths.map((path) => ({ path, status: 'done', lines: sources[path].split('\n').length - 1, edit: false })));
    expect(build).toMatchObject({
      status: 'deployed',
      version: 1,
      url: 'http://tip.apps.localhost:8080/',
      usage,
      previews: 5,
      summary: 'Tip Calculator — Split a **bill**.',
      error: null,
    });
    expect(card.buildResult(build)).toBe('deployed');
    // Elapsed comes from the events' timestamps: from the first to the one that ended the build.
    expect(build.startedAt).toBe(events[0].timestamp);
    expect(build.endedAt).toBe(events.at(-1)!.timestamp);
    expect(card.elapsedMillis(build, Number.MAX_SAFE_INTEGER)).toBe(events.at(-1)!.timestamp - events[0].timestamp);
    expect(state.openBuild).toBeNull();
    expect(state.writing).toBeNull();
    expect(state.fileOrder).toEqual(paths);
    expect(state.activeFile).toBeNull();
  });

  it('shows a running card with the file growing after a reload in the middle of a build', () => {
    const events = fiveFileBuild();
    const half = events.slice(0, 13); // up to the third file's first chunk
    expect(half.at(-1)).toMatchObject({ type: 'progress', path: 'components/BillForm.tsx' });
    // A reload replays what the log has, as one batch.
    const state = apply(half);

    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build']);
    const build = cards(state)[0];
    expect(build.status).toBe('running');
    expect(build.endedAt).toBeNull();
    expect(build.startedAt).toBe(events[0].timestamp);
    expect(card.elapsedMillis(build, events[0].timestamp + 65_000)).toBe(65_000);
    expect(card.formatElapsed(card.elapsedMillis(build, events[0].timestamp + 65_000))).toBe('1:05');
    expect(build.files.map((f) => [f.path, f.status, f.lines])).toEqual([
      ['App.tsx', 'done', 4],
      ['components/Header.tsx', 'done', 3],
      ['components/BillForm.tsx', 'writing', 1],
    ]);
    expect(state.writing).toEqual({ path: 'components/BillForm.tsx', text: 'export default function BillForm() {\n' });
    expect(state.activeFile).toBe('components/BillForm.tsx'); // the code view follows it
    expect(state.openBuild).toBe(state.items[1].key);

    // The rest arrives live: the file is replaced by its full content and the card ends deployed.
    const done = feed(events.slice(13), state);
    expect(done.items.map((i) => i.kind)).toEqual(['thinking', 'build']);
    expect(done.files['components/BillForm.tsx']).toBe(sources['components/BillForm.tsx']);
    expect(cards(done)[0].status).toBe('deployed');
  });

  it('appends each chunk to the file being written, once', () => {
    const state = feed([
      ev(1, 'progress', 'Writing A.tsx', { path: 'A.tsx' }),
      ev(2, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: 'const a' }),
      ev(3, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: '' }),
      ev(4, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: ' = 1;\nconst b = 2;' }),
      ev(4, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: ' = 1;\nconst b = 2;' }), // a replayed duplicate
    ]);
    expect(state.writing).toEqual({ path: 'A.tsx', text: 'const a = 1;\nconst b = 2;' });
    expect(cards(state)[0].files).toEqual([{ path: 'A.tsx', status: 'writing', lines: 2, edit: false }]);
  });

  it('starts a file again from nothing when the answer is restarted', () => {
    const state = feed([
      ev(1, 'thinking', 'Building', { provider: 'openai' }),
      ev(2, 'progress', 'Writing A.tsx', { path: 'A.tsx' }),
      ev(3, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: 'half a fi' }),
      ev(4, 'thinking', 'openai stopped answering; anthropic starts again', { restarted: true }),
    ]);
    expect(state.writing).toBeNull();
    expect(cards(state)[0].files[0].status).toBe('pending');
    const again = feed([ev(5, 'progress', 'Writing A.tsx', { path: 'A.tsx' }), ev(6, 'progress', 'Writing A.tsx', { path: 'A.tsx', chunk: 'whole' })], state);
    expect(again.writing).toEqual({ path: 'A.tsx', text: 'whole' });
    expect(cards(again)).toHaveLength(1);
    expect(lines(again).map((i) => i.kind)).toEqual(['thinking', 'thinking']);
  });

  it('shows a change: the user line, then its card with the edited files done at complete', () => {
    const v2 = { ...sources, 'components/Header.tsx': 'export default function Header() {\n  return <h1 style={{ color: "blue" }}>Tip</h1>;\n}\n// blue\n' };
    let state = feed(fiveFileBuild());
    state = streamReducer(state, { type: 'localUser', key: 'local-1', text: 'make the header blue', timestamp: clock });
    state = feed(
      [
        ev(29, 'user', 'make the header blue'),
        ev(30, 'thinking', 'Applying your change to this tool with openai gpt-4o...', { provider: 'openai' }),
        ev(31, 'progress', 'Editing components/Header.tsx', { path: 'components/Header.tsx', edit: true }),
        ev(32, 'message', 'Data: added collection **tips**'),
        ev(33, 'complete', { title: 'Tip Calculator', description: 'Made the header blue.', components: v2 }, { version: 2, usage }),
        ev(34, 'deployed', 'Version 2 is live', { url: 'http://tip.apps.localhost:8080/', version: 2 }),
      ],
      state,
    );
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build', 'user', 'thinking', 'message', 'build']);
    const change = cards(state)[1];
    expect(change.files).toEqual([{ path: 'components/Header.tsx', status: 'done', lines: 4, edit: true }]);
    expect(change).toMatchObject({ status: 'deployed', version: 2 });
    expect(state.files['components/Header.tsx']).toBe(v2['components/Header.tsx']); // the code view shows version 2
  });

  it('says a build was repaired when validation had it fix problems before it was deployed', () => {
    const state = feed([
      ev(1, 'thinking', 'Building', { provider: 'openai' }),
      ev(2, 'file', 'x', { path: 'App.tsx' }),
      ev(3, 'validation', 'Found 2 problem(s); asking openai to fix them', { errors: ['a', 'b'], repairing: true }),
      ev(4, 'complete', { title: 'T' }, { version: 1, usage }),
      ev(5, 'deployed', 'Version 1 is live', { url: 'http://t/', version: 1 }),
    ]);
    expect(card.buildResult(cards(state)[0])).toBe('repaired');
    expect(cards(state)[0].problems).toEqual(['a', 'b']);
  });

  it('fails the card with the reason an ending error gives, without a separate error line', () => {
    const state = feed([
      ev(1, 'thinking', 'Building', { provider: 'openai' }),
      ev(2, 'progress', 'Writing App.tsx', { path: 'App.tsx' }),
      ev(3, 'validation', 'The app still has 1 problem(s)', { errors: ['App.tsx: no default export'], repairing: false }),
      ev(4, 'error', 'The app did not pass validation, so it was not deployed.', { recoverable: false, ended: true }),
    ]);
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build']);
    expect(cards(state)[0]).toMatchObject({ status: 'failed', error: 'The app did not pass validation, so it was not deployed.', endedAt: state.items[1].timestamp + 3 });
    expect(cards(state)[0].files[0].status).toBe('pending');
    expect(card.buildResult(cards(state)[0])).toBe('failed');
    expect(state.lastError).toBe('The app did not pass validation, so it was not deployed.');
    expect(state.phase).toBe('failed');
    expect(state.openBuild).toBeNull();
  });

  it('closes a card its build never ended when the next build starts', () => {
    const state = feed([
      ev(1, 'thinking', 'Building', { provider: 'openai' }),
      ev(2, 'progress', 'Writing App.tsx', { path: 'App.tsx' }),
      ev(3, 'thinking', 'Applying your change', { provider: 'openai' }),
    ]);
    expect(cards(state).map((c) => c.status)).toEqual(['failed', 'running']);
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'build', 'thinking', 'build']);
  });
});
