// The shapes the app-origin data API answers with (docs: the contract's HTTP section).

/** What every row has, set by the server. */
export interface Row {
  id: number;
  /** ISO-8601, UTC. */
  createdAt: string;
  updatedAt: string;
  /** The app user who created the row, null when created signed out. */
  owner: number | null;
  ownerName: string | null;
}

/** A row of a collection whose type the app did not declare. */
export type AnyRow = Row & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What create and update take: the row's own fields (the server sets the others). */
export type Values<T> = Partial<Omit<T, keyof Row>>;

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** All rows the query matches, over every page. */
  total: number;
  limit: number;
  offset: number;
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

/** An app user (each app has its own). */
export interface AppUser {
  id: number;
  email: string;
  name: string | null;
  /** The app's owner, who may do everything. */
  admin: boolean;
}

/** What changed in a collection; live listeners refetch what they show. */
export interface Change {
  collection: string;
  action: 'created' | 'updated' | 'deleted';
  id: number;
}
