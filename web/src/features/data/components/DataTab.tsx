import { useId, useState } from 'react';
import { useAsync } from '@/hooks/useAsync';
import { getOverview } from '../api/data';
import { counted, hiddenNames } from '../model/cells';
import { AdminLinkButton } from './AdminLinkButton';
import { RowsTable } from './RowsTable';
import { UsersTable } from './UsersTable';

interface Props {
  projectId: string;
  /** The deployed version: a new one may change the data model, so everything loads again. */
  version: number | null;
}

/** The section of the app's users; collection names start with a letter, so none is this. */
const USERS = '@users';

/**
 * What a data-backed app keeps, for its owner: a table per collection and the app's users, with
 * counts, pages, deletes and downloads; what was removed from the data model but kept is listed
 * apart. Loads again on Refresh and whenever a new version is deployed.
 */
export function DataTab({ projectId, version }: Props) {
  const [refreshes, setRefreshes] = useState(0);
  // A collection's name or USERS; until the owner picks (or when what they picked went away), the first collection.
  const [chosen, setChosen] = useState<string>();
  const hiddenId = useId();
  const freshness = `${projectId}|${version ?? ''}|${refreshes}`;
  const overview = useAsync((signal) => getOverview(projectId, signal), freshness);
  const data = overview.data;

  const collections = data?.collections ?? [];
  const collection = chosen === USERS ? undefined : (collections.find((c) => c.name === chosen) ?? collections[0]);
  const showUsers = collection === undefined;
  const hidden = hiddenNames(data?.hidden);

  return (
    <div className="data-tab" data-testid="data-tab">
      <div className="data-head">
        <p className="data-summary" data-testid="data-summary">
          {data ? `${counted(collections.length, 'collection')} · ${counted(data.users, 'user')}` : 'The app’s data'}
        </p>
        <button type="button" onClick={() => setRefreshes((n) => n + 1)} disabled={overview.loading} data-testid="data-refresh">
          <span aria-hidden="true">⟳ </span>Refresh
        </button>
        <AdminLinkButton projectId={projectId} />
      </div>

      {overview.error && (
        <p className="data-error" role="alert" data-testid="data-error">
          {overview.error.message}
          <button type="button" onClick={overview.reload}>
            Try again
          </button>
        </p>
      )}
      {!data && !overview.error && (
        <p className="muted" role="status">
          Loading the app’s data…
        </p>
      )}

      {data && (
        <>
          <nav className="data-sections" aria-label="Collections and users">
            {collections.map((c) => (
              <button key={c.name} type="button" className="chip" aria-pressed={c === collection} onClick={() => setChosen(c.name)}>
                {c.name} <span className="data-count">{c.count.toLocaleString('en-US')}</span>
              </button>
            ))}
            <button type="button" className="chip" aria-pressed={showUsers} onClick={() => setChosen(USERS)} data-testid="data-users-tab">
              Users <span className="data-count">{data.users.toLocaleString('en-US')}</span>
            </button>
          </nav>
          {collections.length === 0 && (
            <p className="data-empty muted" data-testid="data-no-collections">
              The app keeps no collections yet: its data model is empty.
            </p>
          )}

          {collection ? (
            <RowsTable key={collection.name} projectId={projectId} collection={collection} freshness={freshness} onDeleted={overview.reload} />
          ) : (
            <UsersTable projectId={projectId} freshness={freshness} onDeleted={overview.reload} />
          )}

          {hidden.length > 0 && (
            <section className="data-hidden" aria-labelledby={hiddenId} data-testid="data-hidden">
              <h3 id={hiddenId}>Kept, hidden</h3>
              <p className="muted">No longer in the app’s data model, but their data is kept: they come back if a version uses them again.</p>
              <ul>
                {hidden.map((name) => (
                  <li key={name}>
                    <code>{name}</code>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
