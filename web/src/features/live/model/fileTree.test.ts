import { describe, expect, it } from 'vitest';
import { buildTree, foldersOf, visibleRows } from './fileTree';

const paths = ['App.tsx', 'components/Header.tsx', 'styles.css', 'components/forms/BillForm.tsx', 'components/Footer.tsx', 'server/api.ts'];

const shown = (collapsed: string[] = []) =>
  visibleRows(buildTree(paths), new Set(collapsed)).map((r) => `${'  '.repeat(r.depth)}${r.node.name}${r.node.kind === 'folder' ? '/' : ''}`);

describe('fileTree', () => {
  it('puts folders first, then files, each by name', () => {
    expect(shown()).toEqual([
      'components/',
      '  forms/',
      '    BillForm.tsx',
      '  Footer.tsx',
      '  Header.tsx',
      'server/',
      '  api.ts',
      'App.tsx',
      'styles.css',
    ]);
  });

  it('hides what is under a collapsed folder', () => {
    expect(shown(['components'])).toEqual(['components/', 'server/', '  api.ts', 'App.tsx', 'styles.css']);
    expect(shown(['components/forms'])).toContain('  Footer.tsx');
    expect(shown(['components/forms'])).not.toContain('    BillForm.tsx');
  });

  it('gives each row its folder and its place among its siblings', () => {
    const rows = visibleRows(buildTree(paths), new Set());
    expect(rows.find((r) => r.node.path === 'components/Footer.tsx')).toMatchObject({ parent: 'components', depth: 1, position: 2, siblings: 3 });
    expect(rows[0]).toMatchObject({ parent: '', position: 1, siblings: 4 });
  });

  it('names the folders a file is in', () => {
    expect(foldersOf('components/forms/BillForm.tsx')).toEqual(['components', 'components/forms']);
    expect(foldersOf('App.tsx')).toEqual([]);
  });
});
