import { useMemo, useState } from 'react';
import type { WritingFile } from '../model/streamReducer';
import { countLines } from '../model/streamReducer';
import { CopyButton } from './CopyButton';
import { FileTree } from './FileTree';
import { HighlightedCode } from './HighlightedCode';
import './codeView.css';

interface Props {
  files: Record<string, string>;
  order: string[];
  /** The file being written and its text so far. */
  writing?: WritingFile | null;
  /** The file the build under way touched last: shown until the reader picks one. */
  active?: string | null;
}

/**
 * Read-only source of the app: a file tree and the chosen file, highlighted. While a build runs
 * it follows the file being written as it streams, unless the reader picked a file themselves.
 */
export default function CodeView({ files, order, writing = null, active = null }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const paths = useMemo(
    () => (writing && !order.includes(writing.path) ? [...order, writing.path] : order),
    [order, writing],
  );
  if (paths.length === 0) return <p className="muted code-empty">No files yet.</p>;

  const exists = (path: string | null): path is string => path != null && paths.includes(path);
  const current = exists(picked) ? picked : exists(active) ? active : paths[0];
  const streaming = writing?.path === current;
  const source = streaming ? writing.text : (files[current] ?? '');
  const lines = countLines(source);

  return (
    <div className="code-view">
      <nav className="code-tree" aria-label="Files of the app">
        <FileTree paths={paths} selected={current} writing={writing?.path ?? null} onSelect={setPicked} />
      </nav>
      <div className="code-main">
        <div className="code-bar">
          <span className="code-path" data-testid="code-path">
            {current}
          </span>
          <span className="muted code-lines">
            {lines} {lines === 1 ? 'line' : 'lines'}
            {streaming && ' · being written…'}
          </span>
          {writing && picked != null && writing.path !== current && (
            <button type="button" className="link-button" onClick={() => setPicked(null)}>
              Follow {writing.path}
            </button>
          )}
          <CopyButton text={source} what={current} />
        </div>
        <HighlightedCode path={current} source={source} follow={streaming} />
      </div>
    </div>
  );
}
