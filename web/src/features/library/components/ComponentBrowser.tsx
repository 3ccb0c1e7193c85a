import { Link } from 'react-router-dom';
import { Pager } from '@/components/Pager';
import { useAsync } from '@/hooks/useAsync';
import { listComponents } from '../api/library';
import { LibraryCard } from './LibraryCard';
import { PAGE_SIZE } from './TemplateBrowser';

/** The components, most used first: shipped ones and those learned from well-rated apps. */
export function ComponentBrowser({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const { data, error } = useAsync((signal) => listComponents({ page, size: PAGE_SIZE }, signal), page);

  return (
    <div className="library-results">
      {error && <p className="form-error" role="alert" data-testid="library-error">{error.message}</p>}
      {!data && !error && <p className="muted" role="status">Loading components…</p>}
      {data && data.items.length === 0 && <p className="muted">The library has no components yet.</p>}
      {data && data.items.length > 0 && (
        <ul className="library-grid">
          {data.items.map((c) => (
            <LibraryCard key={c.id} name={c.name} kind="component" description={c.description} usageCount={c.usageCount}>
              {c.sourceProjectId != null && (
                <p className="library-origin">
                  Learned from <Link to={`/projects/${c.sourceProjectId}`}>project #{c.sourceProjectId}</Link>
                </p>
              )}
            </LibraryCard>
          ))}
        </ul>
      )}
      {data && <Pager page={data.page} size={data.size} total={data.total} onPage={onPage} testId="library" />}
    </div>
  );
}
