import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildTree, visibleRows, type TreeRow } from '../model/fileTree';

interface Props {
  paths: string[];
  selected: string | null;
  /** The file being written, marked as such. */
  writing: string | null;
  onSelect: (path: string) => void;
}

/**
 * The app's files as a tree (ARIA tree view): folders collapse and expand, and the keyboard moves
 * through it: arrows up and down, right to open a folder or enter it, left to close it or go to
 * its folder, Home and End, Enter or Space to open a file. One row is in the tab order.
 */
export function FileTree({ paths, selected, writing, onSelect }: Props) {
  const tree = useMemo(() => buildTree(paths), [paths]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());
  const rows = visibleRows(tree, collapsed);
  const inTree = (path: string | null) => path != null && rows.some((r) => r.node.path === path);
  const focused = inTree(focusedPath) ? focusedPath : inTree(selected) ? selected : (rows[0]?.node.path ?? null);

  const toggle = (path: string, open: boolean) =>
    setCollapsed((now) => {
      const next = new Set(now);
      if (open) next.delete(path);
      else next.add(path);
      return next;
    });

  const focus = (row: TreeRow | undefined) => {
    if (!row) return;
    setFocusedPath(row.node.path);
    rowRefs.current.get(row.node.path)?.focus();
  };

  const activate = (row: TreeRow) => {
    setFocusedPath(row.node.path);
    if (row.node.kind === 'folder') toggle(row.node.path, collapsed.has(row.node.path));
    else onSelect(row.node.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: TreeRow, index: number) => {
    const folder = row.node.kind === 'folder';
    const open = folder && !collapsed.has(row.node.path);
    switch (event.key) {
      case 'ArrowDown':
        focus(rows[index + 1]);
        break;
      case 'ArrowUp':
        focus(rows[index - 1]);
        break;
      case 'Home':
        focus(rows[0]);
        break;
      case 'End':
        focus(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (folder && !open) toggle(row.node.path, true);
        else if (open) focus(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (open) toggle(row.node.path, false);
        else focus(rows.find((r) => r.node.path === row.parent));
        break;
      case 'Enter':
      case ' ':
        activate(row);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ul className="file-tree" role="tree" aria-label="Files">
      {rows.map((row, index) => {
        const { node } = row;
        const folder = node.kind === 'folder';
        const open = folder && !collapsed.has(node.path);
        return (
          <li
            key={`${node.kind}:${node.path}`}
            ref={(el) => {
              if (el) rowRefs.current.set(node.path, el);
              else rowRefs.current.delete(node.path);
            }}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-expanded={folder ? open : undefined}
            aria-selected={folder ? undefined : node.path === selected}
            tabIndex={node.path === focused ? 0 : -1}
            className={`file-tree-row file-tree-${node.kind}${node.path === writing ? ' file-tree-writing' : ''}`}
            style={{ paddingLeft: `${0.5 + row.depth * 0.85}rem` }}
            data-testid="file-tree-item"
            data-path={node.path}
            onClick={() => activate(row)}
            onKeyDown={(e) => onKeyDown(e, row, index)}
          >
            <span className="file-tree-icon" aria-hidden="true">
              {folder ? (open ? '▾' : '▸') : '·'}
            </span>
            {node.name}
            {node.path === writing && <span className="file-tree-badge"> writing…</span>}
          </li>
        );
      })}
    </ul>
  );
}
