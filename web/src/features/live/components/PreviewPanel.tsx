import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { TabPanelProps } from '@/hooks/useTabs';
import { previewSandbox, previewSrc } from '../model/previewSrc';
import type { StreamState } from '../model/streamReducer';
import { BuildingAnimation } from './BuildingAnimation';

// The code view (and its syntax highlighter) loads the first time someone opens it.
const CodeView = lazy(() => import('../code/CodeView'));

type View = 'preview' | 'code' | 'data' | 'versions';

const viewNames: Record<View, string> = { preview: 'Preview', code: 'Code', data: 'Data', versions: 'Versions' };

/** The frame the running app is in, for what the shell shows over it. */
export interface PreviewFrame {
  /** Changes whenever the frame shows another page: another version, a reload. */
  key: string;
  /** Whether it shows a preview of a version still being written, not a deployed one. */
  preview: boolean;
  /** The iframe, once it is on the page. */
  element: HTMLIFrameElement | null;
}

interface Props {
  stream: StreamState;
  lastError?: string;
  /** Toolbar controls about the version shown (the feedback buttons). */
  actions?: ReactNode;
  /** What the Data view shows; without it there is no Data view. */
  data?: ReactNode;
  /** What the Versions view shows; without it there is no Versions view. */
  versions?: ReactNode;
  /** Over the running app (its run-time errors), given its frame. */
  renderNotice?: (frame: PreviewFrame) => ReactNode;
  /** On a phone, where the panel is one of two tabs: what its tab panel needs. */
  panel?: TabPanelProps;
}

/** Left panel: the running app (or the building animation), its code, its versions, and the data it keeps. */
export function PreviewPanel({ stream, lastError, actions, data, versions, renderNotice, panel }: Props) {
  const [chosen, setView] = useState<View>('preview');
  const hasData = data != null;
  // An app that stops keeping data loses its Data view.
  const view = (chosen === 'data' && !hasData) || (chosen === 'versions' && versions == null) ? 'preview' : chosen;
  const [reloads, setReloads] = useState(0);
  const src = stream.url ? previewSrc(stream.url, stream.urlVersion) : null;
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);

  return (
    <section className="preview-panel" aria-label="Preview" {...panel}>
      {/* For those who move by headings: the view shown, a level under the project's title. */}
      <h2 className="visually-hidden">{viewNames[view]}</h2>
      <div className="toolbar">
        <div className="view-toggle" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'preview'} onClick={() => setView('preview')} data-testid="preview-toggle">
            Preview
          </button>
          <button type="button" aria-pressed={view === 'code'} onClick={() => setView('code')} data-testid="code-toggle">
            Code{stream.fileOrder.length > 0 ? ` (${stream.fileOrder.length})` : ''}
          </button>
          {hasData && (
            <button type="button" aria-pressed={view === 'data'} onClick={() => setView('data')} data-testid="data-toggle">
              Data
            </button>
          )}
          {versions != null && (
            <button type="button" aria-pressed={view === 'versions'} onClick={() => setView('versions')} data-testid="versions-toggle">
              Versions
            </button>
          )}
        </div>
        {stream.url ? (
          <a className="app-url" href={stream.url} target="_blank" rel="noopener noreferrer" title="Open the app in a new tab" data-testid="app-url">
            {stream.url}
            {stream.version != null && <span className="muted"> · v{stream.version}</span>}
            <span aria-hidden="true"> ↗</span>
          </a>
        ) : (
          <span className="app-url muted">Not deployed yet</span>
        )}
        <button
          type="button"
          className="icon-button"
          onClick={() => setReloads((n) => n + 1)}
          disabled={!src || view !== 'preview'}
          aria-label="Reload preview"
          title="Reload preview"
        >
          ⟳
        </button>
        {actions}
      </div>
      <div className="preview-body">
        {view === 'data' ? (
          data
        ) : view === 'versions' ? (
          versions
        ) : view === 'code' ? (
          <Suspense fallback={<p className="muted code-empty">Loading the code…</p>}>
            <CodeView files={stream.files} order={stream.fileOrder} writing={stream.writing} active={stream.activeFile} />
          </Suspense>
        ) : src ? (
          // Sandboxed; allow-same-origin only when the app is on its own origin (see
          // previewSandbox). The key remounts the frame for the reload button.
          <>
            <iframe
              // Not the notice's key (the frame's key below): siblings with one key are not told apart.
              key={`frame:${src}#${reloads}`}
              ref={setFrame}
              src={src}
              title="Live preview"
              data-testid="preview-frame"
              className="preview-frame"
              sandbox={previewSandbox(src, window.location.origin)}
            />
            {renderNotice?.({ key: `${src}#${reloads}`, preview: stream.showingPreview, element: frame })}
          </>
        ) : (
          <BuildingAnimation step={stream.step} queuePosition={stream.queuePosition} files={stream.fileOrder} phase={stream.phase} error={lastError} />
        )}
      </div>
    </section>
  );
}
