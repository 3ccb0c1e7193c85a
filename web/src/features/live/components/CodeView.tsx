import { useState } from 'react';

interface Props {
  files: Record<string, string>;
  order: string[];
}

/** Read-only source of the app, one tab per file. */
export function CodeView({ files, order }: Props) {
  const [selected, setSelected] = useState<string>();
  if (order.length === 0) return <p className="muted code-empty">No files yet.</p>;
  const current = selected && selected in files ? selected : order[0];
  return (
    <div className="code-view">
      <div className="file-tabs" role="tablist" aria-label="Files">
        {order.map((path) => (
          <button
            key={path}
            role="tab"
            type="button"
            id={`tab-${path}`}
            aria-selected={path === current}
            aria-controls="code-panel"
            className="file-tab"
            onClick={() => setSelected(path)}
          >
            {path}
          </button>
        ))}
      </div>
      <pre id="code-panel" role="tabpanel" aria-labelledby={`tab-${current}`} className="code" tabIndex={0} data-testid="code-view">
        <code>{files[current]}</code>
      </pre>
    </div>
  );
}
