import { structuredPatch } from 'diff';
import type { ProjectFile } from '@/types/project';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One line of a diff hunk: kept, added or removed. */
export interface DiffLine {
  kind: ' ' | '+' | '-';
  text: string;
}

export interface DiffHunk {
  /** "@@ -3,7 +3,8 @@" */
  header: string;
  lines: DiffLine[];
}

export interface FileChange {
  path: string;
  kind: ChangeKind;
  added: number;
  removed: number;
  hunks: DiffHunk[];
}

const CONTEXT = 3;

/**
 * What changed from one version's files to the next's: each file added, removed or changed, with
 * its line counts and unified-diff hunks (three lines of context); unchanged files are left out.
 * Sorted by path.
 */
export function fileChanges(before: ProjectFile[], after: ProjectFile[]): FileChange[] {
  const old = new Map(before.map((f) => [f.path, f.content]));
  const next = new Map(after.map((f) => [f.path, f.content]));
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  const changes: FileChange[] = [];
  for (const path of paths) {
    const was = old.get(path);
    const now = next.get(path);
    if (was === now) continue;
    const kind: ChangeKind = was === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
    const patch = structuredPatch(path, path, was ?? '', now ?? '', '', '', { context: CONTEXT });
    const hunks = patch.hunks.map((hunk) => ({
      header: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      lines: hunk.lines
        .filter((line) => !line.startsWith('\\'))
        .map((line) => ({ kind: line[0] as DiffLine['kind'], text: line.slice(1) })),
    }));
    const count = (sign: DiffLine['kind']) => hunks.reduce((n, h) => n + h.lines.filter((l) => l.kind === sign).length, 0);
    changes.push({ path, kind, added: count('+'), removed: count('-'), hunks });
  }
  return changes;
}
