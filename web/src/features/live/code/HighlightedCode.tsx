import { toJsxRuntime, type Jsx } from 'hast-util-to-jsx-runtime';
import { useEffect, useMemo, useRef } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { highlight } from '../model/highlight';
import { countLines } from '../model/streamReducer';

interface Props {
  path: string;
  source: string;
  /** Keep the end in view as the source grows (the file being written). */
  follow: boolean;
}

/** A file's source, highlighted, with line numbers; scrollable and focusable with the keyboard. */
export function HighlightedCode({ path, source, follow }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const code = useMemo(() => {
    const tree = highlight(path, source);
    return tree ? toJsxRuntime(tree, { Fragment, jsx: jsx as Jsx, jsxs: jsxs as Jsx }) : source;
  }, [path, source]);
  const lines = Math.max(1, countLines(source));
  const numbers = useMemo(() => Array.from({ length: lines }, (_, i) => i + 1).join('\n'), [lines]);

  useEffect(() => {
    const el = scrollRef.current;
    if (follow && el) el.scrollTop = el.scrollHeight;
  }, [follow, source]);

  return (
    <div className="code-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`Source of ${path}`}>
      <pre className="code-gutter" aria-hidden="true">
        {numbers}
      </pre>
      <pre className="code hljs" data-testid="code-view">
        <code>{code}</code>
      </pre>
    </div>
  );
}
