import { useState } from 'react';
import { formatCost } from '@/lib/formatCost';
import { relativeTime } from '@/lib/relativeTime';
import type { VersionEntry } from '../api/versions';
import { BookmarkForm } from './BookmarkForm';
import { VersionChanges } from './VersionChanges';

interface Props {
  projectId: string;
  version: VersionEntry;
  busy: boolean;
  onRestore: () => void;
  onBookmark: (name: string) => Promise<unknown>;
  onUnbookmark: () => void;
}

const stars = (rating: number) => '★'.repeat(rating) + '☆'.repeat(5 - rating);

/** One version: what it is, its own address, what it changed, and restoring or naming it. */
export function VersionRow({ projectId, version, busy, onRestore, onBookmark, onUnbookmark }: Props) {
  const [showChanges, setShowChanges] = useState(false);
  const [naming, setNaming] = useState(false);
  const cost = formatCost(version.cost);
  return (
    <li className={`version-row${version.live ? ' version-live' : ''}`} data-testid="version-row" data-version={version.number}>
      <div className="version-head">
        <strong>v{version.number}</strong>
        {version.live && <span className="badge badge-live">live</span>}
        {version.bookmark && (
          <span className="badge badge-bookmark" data-testid="version-bookmark">
            🔖 {version.bookmark}
          </span>
        )}
        <span className="muted" title={new Date(version.createdAt).toLocaleString()}>
          {relativeTime(version.createdAt)}
        </span>
      </div>
      <p className="version-summary">
        {version.summary ?? 'No summary'}
        {version.restoredFrom != null && <span className="muted"> (restored from v{version.restoredFrom})</span>}
      </p>
      <p className="muted version-facts">
        {[cost, version.rating != null ? stars(version.rating) : '', version.deployed.tier ?? ''].filter(Boolean).join(' · ')}
      </p>
      <div className="version-actions">
        <a href={version.url} target="_blank" rel="noopener noreferrer" data-testid="version-open">
          Open v{version.number} ↗
        </a>
        <a
          href={`/api/projects/${encodeURIComponent(projectId)}/versions/${version.number}/export`}
          download
          data-testid="version-download"
          title="A standalone Vite + React + TypeScript project: npm ci, then npm run dev"
        >
          Download
        </a>
        <button type="button" className="link-button" aria-expanded={showChanges} onClick={() => setShowChanges((s) => !s)} data-testid="version-changes-toggle">
          {showChanges ? 'Hide changes' : 'Changes'}
        </button>
        <button type="button" className="link-button" onClick={() => (version.bookmark && !naming ? onUnbookmark() : setNaming((n) => !n))} disabled={busy}>
          {version.bookmark && !naming ? 'Remove bookmark' : 'Bookmark'}
        </button>
        {!version.live && (
          <button type="button" onClick={onRestore} disabled={busy} data-testid="version-restore">
            {busy ? 'Restoring…' : `Restore v${version.number}`}
          </button>
        )}
      </div>
      {naming && (
        <BookmarkForm
          initial={version.bookmark ?? ''}
          busy={busy}
          onSave={(name) => void onBookmark(name).then((saved) => saved !== undefined && setNaming(false))}
          onCancel={() => setNaming(false)}
        />
      )}
      {showChanges && <VersionChanges projectId={projectId} number={version.number} />}
    </li>
  );
}
