// @vitest-environment node
// Without a window at all: the module loads, and a component using its hooks renders.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';

it('loads and renders without window, fetch or EventSource', async () => {
  const saved = { fetch: globalThis.fetch, EventSource: globalThis.EventSource };
  Object.assign(globalThis, { fetch: undefined, EventSource: undefined });
  try {
    expect(typeof window).toBe('undefined');
    const data = await import('../faibric-data');
    function App() {
      const { items, loading } = data.useCollection('posts');
      const { user, loading: checking } = data.useUser();
      const { row } = data.useRow('posts', 1);
      return createElement('p', null, `${loading} ${items.length} ${checking} ${user} ${row}`);
    }
    expect(renderToString(createElement(App))).toBe('<p>true 0 true null null</p>');
    await expect(data.auth.me()).rejects.toMatchObject({ status: 0 });
  } finally {
    Object.assign(globalThis, saved);
  }
});
