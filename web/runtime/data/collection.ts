// One collection of the app's data: its rows read and written through /_api/data/{name}.
import { request } from './http';
import { announce, watch, type Listener } from './live';
import { queryString, type Query } from './query';
import type { AnyRow, Page, Row, Values } from './types';

export interface Collection<T extends object = AnyRow> {
  readonly name: string;
  /** One page of the rows the query matches (50 unless `limit` says otherwise). */
  list(query?: Query): Promise<Page<Row & T>>;
  get(id: number | string): Promise<Row & T>;
  create(values: Values<T>): Promise<Row & T>;
  /** Changes only the fields given. */
  update(id: number | string, values: Values<T>): Promise<Row & T>;
  remove(id: number | string): Promise<void>;
  /** Calls `listener` after every change to the collection, by anyone, until the returned function is called. */
  subscribe(listener: Listener): () => void;
}

/** Where a list of `name` with `query` is read. */
export const listPath = (name: string, query?: Query | null): string =>
  `/_api/data/${encodeURIComponent(name)}${queryString(query)}`;

/** Where one row is read and written. */
export const rowPath = (name: string, id: number | string): string =>
  `/_api/data/${encodeURIComponent(name)}/${encodeURIComponent(String(id))}`;

export function collection<T extends object = AnyRow>(name: string): Collection<T> {
  const wrote = (action: 'created' | 'updated', written: Promise<Row & T>) =>
    written.then((row) => {
      announce({ collection: name, action, id: row.id });
      return row;
    });
  return {
    name,
    list: (query) => request('GET', listPath(name, query)),
    get: (id) => request('GET', rowPath(name, id)),
    create: (values) => wrote('created', request('POST', listPath(name), values)),
    update: (id, values) => wrote('updated', request('PATCH', rowPath(name, id), values)),
    remove: (id) =>
      request<void>('DELETE', rowPath(name, id)).then(() =>
        announce({ collection: name, action: 'deleted', id: Number(id) }),
      ),
    subscribe: (listener) => watch(name, listener),
  };
}
