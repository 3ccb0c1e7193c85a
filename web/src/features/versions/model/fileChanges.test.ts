import { describe, expect, it } from 'vitest';
import { fileChanges } from './fileChanges';

describe('fileChanges', () => {
  it('lists added, removed and changed files with their diff, and leaves unchanged ones out', () => {
    const before = [
      { path: 'App.tsx', content: 'a\nb\nc\n' },
      { path: 'old.ts', content: 'gone\n' },
      { path: 'same.ts', content: 'x\n' },
    ];
    const after = [
      { path: 'App.tsx', content: 'a\nB\nc\n' },
      { path: 'new.ts', content: 'one\ntwo\n' },
      { path: 'same.ts', content: 'x\n' },
    ];
    const changes = fileChanges(before, after);
    expect(changes.map((c) => [c.path, c.kind, c.added, c.removed])).toEqual([
      ['App.tsx', 'changed', 1, 1],
      ['new.ts', 'added', 2, 0],
      ['old.ts', 'removed', 0, 1],
    ]);
    const app = changes[0];
    expect(app.hunks).toHaveLength(1);
    expect(app.hunks[0].header).toBe('@@ -1,3 +1,3 @@');
    expect(app.hunks[0].lines).toEqual([
      { kind: ' ', text: 'a' },
      { kind: '-', text: 'b' },
      { kind: '+', text: 'B' },
      { kind: ' ', text: 'c' },
    ]);
  });

  it('finds nothing between identical versions', () => {
    const files = [{ path: 'App.tsx', content: 'same' }];
    expect(fileChanges(files, files)).toEqual([]);
  });

  it('drops the no-newline-at-end marker from the lines', () => {
    const changes = fileChanges([{ path: 'a.ts', content: 'x' }], [{ path: 'a.ts', content: 'y' }]);
    expect(changes[0].hunks[0].lines.map((l) => l.kind + l.text)).toEqual(['-x', '+y']);
  });
});
