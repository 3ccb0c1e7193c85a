// The app's files as a tree of folders, and the rows a tree view shows of it: folders first, then
// files, each sorted by name; a collapsed folder hides what is under it. Pure, for the code view.

export interface TreeFolder {
  kind: 'folder';
  /** "components/forms": what collapsing remembers. */
  path: string;
  name: string;
  children: TreeNode[];
}

export interface TreeFile {
  kind: 'file';
  path: string;
  name: string;
}

export type TreeNode = TreeFolder | TreeFile;

/** One visible row of the tree view. */
export interface TreeRow {
  node: TreeNode;
  depth: number;
  /** The folder it is in ('' at the top). */
  parent: string;
  /** Its place among the nodes of its folder (1-based), and how many there are. */
  position: number;
  siblings: number;
}

const byKindThenName = (a: TreeNode, b: TreeNode) =>
  a.kind !== b.kind ? (a.kind === 'folder' ? -1 : 1) : a.name.localeCompare(b.name, 'en');

export function buildTree(paths: string[]): TreeNode[] {
  const root: TreeFolder = { kind: 'folder', path: '', name: '', children: [] };
  for (const path of new Set(paths)) {
    const parts = path.split('/').filter(Boolean);
    let folder = root;
    parts.slice(0, -1).forEach((part, i) => {
      const folderPath = parts.slice(0, i + 1).join('/');
      let next = folder.children.find((c): c is TreeFolder => c.kind === 'folder' && c.path === folderPath);
      if (!next) {
        next = { kind: 'folder', path: folderPath, name: part, children: [] };
        folder.children.push(next);
      }
      folder = next;
    });
    if (parts.length > 0) folder.children.push({ kind: 'file', path, name: parts[parts.length - 1] });
  }
  const sort = (nodes: TreeNode[]): TreeNode[] =>
    nodes.sort(byKindThenName).map((n) => (n.kind === 'folder' ? { ...n, children: sort(n.children) } : n));
  return sort(root.children);
}

/** The rows shown, top to bottom, with the folders in `collapsed` closed. */
export function visibleRows(nodes: TreeNode[], collapsed: ReadonlySet<string>, depth = 0, parent = ''): TreeRow[] {
  return nodes.flatMap((node, i) => [
    { node, depth, parent, position: i + 1, siblings: nodes.length },
    ...(node.kind === 'folder' && !collapsed.has(node.path) ? visibleRows(node.children, collapsed, depth + 1, node.path) : []),
  ]);
}

/** The folders a file is in, outermost first: "a/b/c.ts" → ["a", "a/b"]. */
export const foldersOf = (path: string): string[] =>
  path
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));
