import type { ReactNode } from 'react';
import type { LibraryKind } from '../api/library';

interface Props {
  name: string;
  kind: LibraryKind;
  description: string;
  category?: string | null;
  /** Cosine similarity to the search query (0–1); only search results have one. */
  similarity?: number;
  usageCount: number;
  /** Kind-specific lines: a template's features, a component's origin. */
  children?: ReactNode;
  /** "Use this": start a new app from the entry (templates). */
  onUse?: () => void;
}

export const percent = (similarity: number) => `${Math.round(Math.max(0, Math.min(1, similarity)) * 100)}%`;

export function usageText(count: number): string {
  if (count <= 0) return 'Not used yet';
  return count === 1 ? 'Used once' : `Used ${count} times`;
}

export function LibraryCard({ name, kind, description, category, similarity, usageCount, children, onUse }: Props) {
  return (
    <li className="library-card" data-testid="library-result" data-kind={kind}>
      <div className="library-card-head">
        <h2>{name}</h2>
        <span className={`kind-badge kind-${kind}`}>{kind}</span>
      </div>
      <p className="library-card-meta">
        {category && category !== kind && <span className="library-category">{category}</span>}
        {similarity != null && (
          <span className="similarity" title="How close this is in meaning to what you searched for">
            {percent(similarity)} match
          </span>
        )}
        <span>{usageText(usageCount)}</span>
      </p>
      {description && <p className="library-card-description">{description}</p>}
      {children}
      {onUse && (
        <button type="button" className="primary library-use" onClick={onUse} aria-label={`Use the ${name} template for a new app`} data-testid="library-use">
          Use this
        </button>
      )}
    </li>
  );
}
