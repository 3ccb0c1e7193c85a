import { describe, expect, it } from 'vitest';
import type { ProjectDetail } from '@/types/project';
import type { ServerEvent } from './events';
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
    expect(again.items.map((i) => i.text)).toEqual(['planning', 'writing']);
    expect(again.lastSeq).toBe(2);
  });

  it('applies a batch in seq order and drops the stale part of it', () => {
    const state = apply([ev(3, 'thinking', 'c'), ev(1, 'thinking', 'a'), ev(2, 'thinking', 'b'), ev(2, 'thinking', 'b again')]);
    expect(state.items.map((i) => i.text)).toEqual(['a', 'b', 'c']);
    expect(state.items.map((i) => i.seq)).toEqual([1, 2, 3]);
    expect(state.lastSeq).toBe(3);
  });

  it('counts unknown types as seen without showing them', () => {
    const state = feed([ev(1, 'telemetry', 'x'), ev(2, 'thinking', 'y')]);
    expect(state.lastSeq).toBe(2);
    expect(state.items).toHaveLength(1);
  });

  it('shows the place in line while a build waits, on one updating line, until it runs', () => {
    const waiting = feed([
      ev(1, 'queued', 'Waiting for a free builder: number 3 in line', { position: 3 }),
      ev(2, 'queued', 'Waiting for a free builder: number 1 in line', { position: 1 }),
    ]);
    expect(waiting.queuePosition).toBe(1);
    expect(waiting.phase).toBe('generating');
    expect(waiting.items.map((i) => [i.kind, i.text])).toEqual([['queued', 'Waiting for a free builder: number 1 in line']]);

    const running = feed([ev(3, 'thinking', 'Building a tool...')], waiting);
    expect(running.queuePosition).toBeNull();
    expect(running.step).toBe('Building a tool...');
  });

  it('shows unsequenced events (e.g. a rate-limit error) without moving lastSeq', () => {
    const state = feed([ev(4, 'thinking', 'x'), { type: 'error', content: 'slow down', timestamp: 1, recoverable: true } as ServerEvent]);
    expect(state.lastSeq).toBe(4);
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'error']);
    expect(state.phase).toBe('generating'); // recoverable: not failed
  });
});

describe('streamReducer: feed', () => {
  it('collapses consecutive progress events into one updating line', () => {
    const state = feed([
      ev(1, 'thinking', 'planning'),
      ev(2, 'progress', 'Writing 1/3', { files: 1 }),
      ev(3, 'progress', 'Writing 2/3', { files: 2 }),
      ev(4, 'progress', 'Writing 3/3', { files: 3 }),
      ev(5, 'validation', 'Checking', { errors: ['App.tsx: missing export'] }),
      ev(6, 'progress', 'Repairing'),
    ]);
    expect(state.items.map((i) => [i.kind, i.text])).toEqual([
      ['thinking', 'planning'],
      ['progress', 'Writing 3/3'],
      ['validation', 'Checking'],
      ['progress', 'Repairing'],
    ]);
    const collapsed = state.items[1];
    expect(collapsed.count).toBe(3);
    expect(collapsed.key).toBe('s2'); // stable key: React updates the line in place
    expect(collapsed.seq).toBe(4);
    expect(state.items[2].errors).toEqual(['App.tsx: missing export']);
    expect(state.step).toBe('Repairing');
  });

  it('records files and shows them as compact lines', () => {
    const state = feed([
      ev(1, 'file', 'line 1\nline 2\n', { path: 'components/Header.tsx' }),
      ev(2, 'file', 'x', { path: 'App.tsx' }),
      ev(3, 'file', 'a\nb\nc', { path: 'components/Header.tsx' }),
    ]);
    expect(state.items.map((i) => i.text)).toEqual([
      'wrote components/Header.tsx (2 lines)',
      'wrote App.tsx (1 line)',
      'wrote components/Header.tsx (3 lines)',
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
      expect(state.items[0].text).toBe('Tip Calculator — Split a bill');
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
    expect(state.items.map((i) => [i.kind, i.text, i.pending])).toEqual([
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
    expect(state.items.at(-1)).toMatchObject({ kind: 'deployed', url: 'http://tip.apps.localhost:8080/', version: 1 });

    state = feed([ev(4, 'deployed', '', { url: 'http://tip.apps.localhost:8080/', version: 2 })], state);
    expect(state.urlVersion).toBe('2');
    expect(state.items.at(-1)?.text).toBe('Deployed version 2');
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
    expect(state.items.map((i) => i.kind)).toEqual(['thinking', 'thinking', 'thinking']);
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
