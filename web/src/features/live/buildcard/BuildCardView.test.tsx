import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageList } from '../components/MessageList';
import type { ServerEvent } from '../model/events';
import { initialStreamState, streamReducer, type StreamState } from '../model/streamReducer';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
let seq = 0;
const ev = (type: string, content: unknown, at: number, extra: Partial<ServerEvent> = {}): ServerEvent => ({
  seq: ++seq,
  type,
  content,
  timestamp: T0 + at,
  ...extra,
});
const stream = (events: ServerEvent[]) => streamReducer(initialStreamState(), { type: 'events', events });
const show = (state: StreamState) =>
  render(<MessageList items={state.items} writing={state.writing} openBuild={state.openBuild} />);

const usage = { aiCalls: 2, inputTokens: 3200, outputTokens: 1800, firstTokenMillis: 700, durationMillis: 14000, aiMillis: 12000, provider: 'openai', model: 'gpt-4o' };

function running() {
  seq = 0;
  return [
    ev('thinking', 'Building a tool with **openai**', 0, { provider: 'openai' }),
    ev('progress', 'Writing App.tsx', 1000, { path: 'App.tsx' }),
    ev('progress', 'Writing App.tsx', 1500, { path: 'App.tsx', chunk: 'export default function App() {\n  return null;' }),
    ev('file', 'export default function App() {\n  return null;\n}\n', 2000, { path: 'App.tsx', lines: 3 }),
    ev('progress', 'Writing components/Header.tsx', 2500, { path: 'components/Header.tsx' }),
    ev('progress', 'Writing components/Header.tsx', 3000, { path: 'components/Header.tsx', chunk: 'export const Header = () =>' }),
  ];
}

describe('BuildCardView', () => {
  afterEach(() => vi.useRealTimers());

  it('shows a running build: files with their state and lines, the file growing, a ticking clock', async () => {
    vi.useFakeTimers({ now: T0 + 5000 });
    show(stream(running()));

    const card = screen.getByTestId('build-card');
    expect(card.dataset.status).toBe('running');
    const files = within(card).getAllByTestId('build-card-file');
    expect(files.map((f) => [f.dataset.path, f.dataset.status])).toEqual([
      ['App.tsx', 'done'],
      ['components/Header.tsx', 'writing'],
    ]);
    expect(files[0].textContent).toContain('3 lines');
    expect(within(card).getByTestId('build-card-writing').textContent).toContain('export const Header = () =>');
    expect(within(card).queryByTestId('build-card-result')).toBeNull();
    // Elapsed from the first event's timestamp, ticking.
    expect(within(card).getByTestId('build-card-elapsed').textContent).toBe('0:05');
    act(() => vi.advanceTimersByTime(3000));
    expect(within(card).getByTestId('build-card-elapsed').textContent).toBe('0:08');
    // The thinking line stays a chat line, rendered as Markdown (once that has loaded).
    vi.useRealTimers();
    expect((await screen.findByText('openai')).tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem', { hidden: true }).filter((li) => li.dataset.kind === 'thinking')).toHaveLength(1);
  });

  it('shows a deployed build with its version, link, usage and the time it took', async () => {
    const events = [
      ...running(),
      ev('file', 'export const Header = () => null;\n', 3500, { path: 'components/Header.tsx', lines: 1 }),
      ev('complete', { title: 'Tip', description: 'Split a *bill*.' }, 4000, { version: 3, usage }),
      ev('deployed', 'Version 3 is live', 12_400, { url: 'http://tip.apps.localhost:8080/', version: 3 }),
    ];
    show(stream(events));

    const card = screen.getByTestId('build-card');
    expect(card.dataset.status).toBe('deployed');
    const result = within(card).getByTestId('build-card-result');
    expect(result.dataset.result).toBe('deployed');
    expect(result.textContent).toContain('Deployed version 3');
    const link = within(result).getByRole('link');
    expect(link.getAttribute('href')).toBe('http://tip.apps.localhost:8080/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(card).getByTestId('build-card-usage').textContent).toBe('2 AI calls · 5k tokens');
    expect(within(card).getByTestId('build-card-elapsed').textContent).toBe('0:12');
    expect((await within(card).findByText('bill')).tagName).toBe('EM');
    expect(within(card).queryByTestId('build-card-writing')).toBeNull();
  });

  it('shows a failed build with its reason', () => {
    const events = [...running(), ev('error', 'The AI provider could not build the app: timeout', 9000, { recoverable: false, ended: true })];
    show(stream(events));
    const result = screen.getByTestId('build-card-result');
    expect(result.dataset.result).toBe('failed');
    expect(result.textContent).toContain('The AI provider could not build the app: timeout');
    expect(screen.getByTestId('build-card').dataset.status).toBe('failed');
  });

  it('never renders what a person typed as Markdown', () => {
    const state = stream([ev('user', '**not bold** <b>nor this</b>', 0)]);
    show(state);
    expect(screen.getByText('**not bold** <b>nor this</b>')).toBeTruthy();
    expect(document.querySelector('strong, b')).toBeNull();
  });
});
