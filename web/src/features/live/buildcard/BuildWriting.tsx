import type { WritingFile } from '../model/streamReducer';
import { countLines } from '../model/streamReducer';

const TAIL = 8;

/** The end of the file being written, growing as its chunks arrive. */
export function BuildWriting({ writing }: { writing: WritingFile }) {
  const lines = writing.text.replace(/\n$/, '').split('\n');
  const first = Math.max(0, lines.length - TAIL);
  const total = countLines(writing.text);
  return (
    <figure className="build-writing" aria-live="off">
      <figcaption className="build-writing-path">
        {writing.path} <span className="muted">· {total} {total === 1 ? 'line' : 'lines'} so far</span>
      </figcaption>
      <pre className="build-writing-code" data-testid="build-card-writing">
        {lines.slice(first).map((line, i) => (
          <span key={first + i} className="build-writing-line">
            <span className="build-writing-number" aria-hidden="true">
              {first + i + 1}
            </span>
            {line}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
