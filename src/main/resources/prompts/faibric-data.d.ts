// The module generated apps import as 'faibric/data': the app's shared data and sign-in, on its
// own origin (/_api/...), live. Kept in step with web/runtime/faibric-data.ts by a test.
declare module 'faibric/data' {
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
  export type AnyRow = Row & Record<string, any>;
  /** What create and update take: the row's own fields (the server sets the others). */
  export type Values<T> = Partial<Omit<T, keyof Row>>;

  export interface Page<T> {
    items: T[];
    /** All rows the query matches, over every page. */
    total: number;
    limit: number;
    offset: number;
    /** Pass as `cursor` for the next page; null on the last. */
    nextCursor: string | null;
  }

  /** A value to compare with; a Date is sent as ISO-8601. */
  export type Value = string | number | boolean | Date | null;
  /** Comparisons on one field; several in one object must all hold. */
  export interface Filter {
    ne?: Value;
    gt?: Value;
    gte?: Value;
    lt?: Value;
    lte?: Value;
    /** Text that contains this, ignoring case. */
    contains?: string;
    /** Any of these values. */
    in?: readonly Value[];
  }
  /**
   * Conditions by field name, all of which must hold: a value (equals), a list (any of them) or
   * a Filter. `id`, `createdAt` and `updatedAt` filter too; `owner: 'me'` keeps the signed-in
   * user's rows. A list holds only the rows the collection's access lets the user see: with
   * `"list": ["owner", "owner of job"]`, their own and those whose `job` is a row they created.
   */
  export type Where = Record<string, Value | readonly Value[] | Filter | undefined>;
  export interface Query {
    where?: Where;
    /** Up to three fields, `-` first for descending: `'-votes,createdAt'` or `['-votes', 'createdAt']`. */
    sort?: string | readonly string[];
    /** 50 when absent; at most 200. */
    limit?: number;
    offset?: number;
    /** A page's `nextCursor`, to read the page after it. */
    cursor?: string | null;
  }

  /** What changed in a collection. */
  export interface Change {
    collection: string;
    action: 'created' | 'updated' | 'deleted';
    id: number;
  }
  /** Told about a change in its collection; with no argument, something may have changed. */
  export type Listener = (change?: Change) => void;

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
  export function collection<T extends object = AnyRow>(name: string): Collection<T>;

  /** An app user (each app has its own). */
  export interface AppUser {
    id: number;
    email: string;
    name: string | null;
    /** The app's owner, who may do everything. */
    admin: boolean;
  }
  export interface Auth {
    /** Creates an account and signs it in; rejects with a DataError (e.g. 409, 400) otherwise. */
    signUp(email: string, password: string, name?: string): Promise<AppUser>;
    logIn(email: string, password: string): Promise<AppUser>;
    logOut(): Promise<void>;
    /** Who is signed in, asked of the server; null when nobody is. */
    me(): Promise<AppUser | null>;
    /** Calls `listener` when the signed-in user changes, until the returned function is called. */
    onChange(listener: (user: AppUser | null) => void): () => void;
  }
  export const auth: Auth;

  /** A request the server refused (status 4xx/5xx) or could not be made (status 0); message is the server's detail. */
  export class DataError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
  }

  // Hooks: live (refetched when anyone changes the collection) and refetched on sign-in and out.
  export interface CollectionState<T> {
    items: T[];
    /** All rows the query matches (items may be one page of them). */
    total: number;
    /** True until the first answer for this query. */
    loading: boolean;
    error: DataError | null;
    reload: () => void;
  }
  export function useCollection<T extends object = AnyRow>(name: string, query?: Query): CollectionState<Row & T>;

  export interface RowState<T> {
    row: T | null;
    loading: boolean;
    error: DataError | null;
    reload: () => void;
  }
  /** One row; nothing while `id` is null or undefined. */
  export function useRow<T extends object = AnyRow>(name: string, id: number | string | null | undefined): RowState<Row & T>;

  export interface UserState {
    /** Null when nobody is signed in (and while loading). */
    user: AppUser | null;
    loading: boolean;
    error: DataError | null;
    signUp: Auth['signUp'];
    logIn: Auth['logIn'];
    logOut: Auth['logOut'];
  }
  export function useUser(): UserState;
}
