import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './useMediaQuery';

function Width() {
  return <p>{useMediaQuery('(max-width: 760px)') ? 'narrow' : 'wide'}</p>;
}

/** A window whose width the test sets; matchMedia answers `(max-width: Npx)` queries from it. */
function stubWindow(width: number) {
  const lists: { query: string; listeners: Set<() => void> }[] = [];
  const state = { width };
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => {
      const max = Number(/max-width:\s*(\d+)px/.exec(query)?.[1]);
      const entry = { query, listeners: new Set<() => void>() };
      lists.push(entry);
      return {
        get matches() {
          return state.width <= max;
        },
        addEventListener: (_: string, listener: () => void) => entry.listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => entry.listeners.delete(listener),
      };
    }),
  );
  return {
    resize(to: number) {
      state.width = to;
      lists.forEach((l) => l.listeners.forEach((listener) => listener()));
    },
    listening: () => lists.reduce((n, l) => n + l.listeners.size, 0),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('useMediaQuery', () => {
  it('follows the window across the breakpoint and stops listening when unmounted', () => {
    const window = stubWindow(390);
    const { unmount } = render(<Width />);
    expect(screen.getByText('narrow')).toBeTruthy();
    act(() => window.resize(1280));
    expect(screen.getByText('wide')).toBeTruthy();
    act(() => window.resize(760));
    expect(screen.getByText('narrow')).toBeTruthy();
    unmount();
    expect(window.listening()).toBe(0);
  });

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Width />);
    expect(screen.getByText('wide')).toBeTruthy();
  });
});
