import { useAsync } from '@/hooks/useAsync';
import { searchLibrary } from '../api/library';
import type { KindFilter } from './KindTabs';
import { LibraryCard } from './LibraryCard';

const LIMIT = 24;

interface Props {
  query: string;
  kind: KindFilter;
  onUseTemplate: (name: string) => void;
}

/** Semantic search results, best first (the server ranks them by similarity, usage and quality). */
export function SearchResults({ query, kind, onUseTemplate }: Props) {
  const { data, error, loading } = useAsync(
    (signal) => searchLibrary({ q: query, kind: kind === 'all' ? undefined : kind, limit: LIMIT }, signal),
    `${kind}\n${query}`,
  );

  if (error) return <p className="form-error" role="alert" data-testid="library-error">{error.message}</p>;
  if (!data) return <p className="muted" role="status">Searching…</p>;
  return (
    <div className="library-results" aria-busy={loading}>
      <p className="muted library-count" role="status">
        {loading
          ? 'Searching…'
          : data.results.length === 0
            ? `Nothing in the library matches “${query}”.`
            : `${data.results.length} ${data.results.length === 1 ? 'result' : 'results'} for “${data.query}”`}
      </p>
      <ul className="library-grid">
        {data.results.map((hit) => (
          <LibraryCard
            key={`${hit.kind}-${hit.id}`}
            name={hit.name}
            kind={hit.kind}
            description={hit.description}
            category={hit.category}
            similarity={hit.similarity}
            usageCount={hit.usageCount}
            onUse={hit.kind === 'template' ? () => onUseTemplate(hit.name) : undefined}
          />
        ))}
      </ul>
    </div>
  );
}
