import { useId, useRef, useState, type ReactNode } from 'react';
import { Pager } from '@/components/Pager';
import { useAsync } from '@/hooks/useAsync';
import type { Page } from '../api/data';
import { counted } from '../model/cells';
import { DeleteControl } from './DeleteControl';

export const PAGE_SIZE = 25;

export interface Column<T> {
  key: string;
  header: string;
  cell: (item: T) => ReactNode;
}

interface Props<T extends { id: number }> {
  /** The table's heading: a collection's name, "Users". */
  title: string;
  /** What one item is called in the count: ["row", "rows"]. */
  unit: [string, string];
  columns: Column<T>[];
  load: (limit: number, offset: number, signal: AbortSignal) => Promise<Page<T>>;
  /** Changes when the table must load again: another collection or version, a refresh. */
  loadKey: string;
  remove: (item: T) => Promise<void>;
  /** What a deleted item is called: "row 12", "user ann@example.com". */
  itemName: (item: T) => string;
  /** Said when there is nothing at all. */
  empty: string;
  /** After a delete (counts elsewhere change too). */
  onDeleted: () => void;
  /** Next to the heading: the export links. */
  actions?: ReactNode;
  testId: string;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * One page of items as a table that scrolls sideways on narrow screens, its count, the pages,
 * and a Delete that asks first; loading and failures are said in place.
 */
export function PagedTable<T extends { id: number }>(props: Props<T>) {
  const { title, unit, columns, load, loadKey, remove, itemName, empty, onDeleted, actions, testId } = props;
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const { data, error, loading, reload } = useAsync((signal) => load(PAGE_SIZE, page * PAGE_SIZE, signal), `${loadKey}|${page}`);

  const removeItem = async (item: T) => {
    setFailure(undefined);
    setNotice('');
    try {
      await remove(item);
    } catch (err) {
      setFailure(messageOf(err));
      return false;
    }
    setNotice(`Deleted ${itemName(item)}.`);
    // The last item of a later page: show the page before, which still has some.
    if (data?.items.length === 1 && page > 0) setPage(page - 1);
    else reload();
    onDeleted();
    scroller.current?.focus();
    return true;
  };

  return (
    <section className="data-table" aria-labelledby={headingId} data-testid={testId}>
      <div className="data-table-head">
        <h3 id={headingId}>{title}</h3>
        {data && (
          <span className="muted" data-testid={`${testId}-count`}>
            {counted(data.total, ...unit)}
          </span>
        )}
        <span className="data-status" role="status">
          {loading ? 'Loading…' : notice}
        </span>
        {actions}
      </div>

      {(failure || error) && (
        <p className="data-error" role="alert">
          {failure ?? error?.message}
          {!failure && (
            <button type="button" onClick={reload}>
              Try again
            </button>
          )}
        </p>
      )}

      {data && data.total === 0 && <p className="data-empty muted">{empty}</p>}
      {data && data.total > 0 && data.items.length === 0 && <p className="data-empty muted">Nothing on this page.</p>}
      {data && data.items.length > 0 && (
        <div className="data-scroll" tabIndex={0} ref={scroller} role="group" aria-labelledby={headingId}>
          <table className="data-grid" aria-labelledby={headingId} aria-busy={loading}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} scope="col">
                    {column.header}
                  </th>
                ))}
                <th scope="col" className="data-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} data-testid={`${testId}-row`}>
                  {columns.map((column) => (
                    <td key={column.key}>{column.cell(item)}</td>
                  ))}
                  <td className="data-actions">
                    <DeleteControl name={itemName(item)} onConfirm={() => removeItem(item)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager page={page} size={PAGE_SIZE} total={data.total} onPage={setPage} label={`Pages of ${title}`} testId={`${testId}-pages`} />
      )}
    </section>
  );
}
