// React hooks over the client: live (refetched on the server's change events and after the
// page's own writes), refetched when someone signs in or out, and safe where there is no
// network (they stay loading, or show the error; rendering never throws).
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { auth, currentSession, watchSession, type Auth } from './auth';
import { listPath, rowPath } from './collection';
import { request, toDataError, type DataError } from './http';
import { watch } from './live';
import type { Query } from './query';
import type { AnyRow, AppUser, Row } from './types';

export interface CollectionState<T> {
  items: T[];
  /** All rows the query matches (items may be one page of them). */
  total: number;
  /** True until the first answer for this query. */
  loading: boolean;
  error: DataError | null;
  reload: () => void;
}

export interface RowState<T> {
  row: T | null;
  loading: boolean;
  error: DataError | null;
  reload: () => void;
}

export interface UserState {
  /** Null when nobody is signed in (and while loading). */
  user: AppUser | null;
  loading: boolean;
  error: DataError | null;
  signUp: Auth['signUp'];
  logIn: Auth['logIn'];
  logOut: Auth['logOut'];
}

/** An answer, and the URL it answers. */
interface Answer<V> {
  path: string;
  value: V | undefined;
  error: DataError | null;
}

const NO_ITEMS: never[] = [];
const nothing = () => {};

/**
 * What GET `path` answers (nothing while `path` is null), asked again on changes to `name`
 * (only those to row `rowId` when given) and on sign-in changes. At most one request runs at
 * a time; what is asked meanwhile runs once after it, so an older answer never replaces a
 * newer one.
 */
function useAnswer<V>(name: string, path: string | null, rowId?: string) {
  const [answer, setAnswer] = useState<Answer<V> | null>(null);
  const reloader = useRef(nothing);
  useEffect(() => {
    if (path === null) return;
    let active = true;
    let running = false;
    let again = false;
    const load = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const settle = (next: (before: Answer<V> | null) => Answer<V>) => {
        running = false;
        if (!active) return;
        setAnswer(next);
        if (again) {
          again = false;
          load();
        }
      };
      request<V>('GET', path).then(
        (value) => settle(() => ({ path, value, error: null })),
        (error: unknown) => {
          const failure = toDataError(error);
          // What was shown stays on a failed refresh, unless it is gone.
          const keep = (before: Answer<V> | null) => before?.path === path && failure.status !== 404;
          settle((before) => ({ path, value: keep(before) ? before?.value : undefined, error: failure }));
        },
      );
    };
    reloader.current = load;
    load();
    const stopLive = watch(name, (change) => {
      if (rowId === undefined || !change || String(change.id) === rowId) load();
    });
    const stopAuth = auth.onChange(load);
    return () => {
      active = false;
      reloader.current = nothing;
      stopLive();
      stopAuth();
    };
  }, [name, path, rowId]);
  const reload = useCallback(() => reloader.current(), []);
  const current = answer !== null && answer.path === path ? answer : null;
  return { value: current?.value, error: current?.error ?? null, loading: path !== null && current === null, reload };
}

/** The rows of `name` that `query` matches, kept up to date. */
export function useCollection<T extends object = AnyRow>(name: string, query?: Query): CollectionState<Row & T> {
  const { value, ...state } = useAnswer<{ items: (Row & T)[]; total: number }>(name, listPath(name, query));
  return { items: value?.items ?? NO_ITEMS, total: value?.total ?? 0, ...state };
}

/** One row of `name`, kept up to date; nothing while `id` is null or undefined. */
export function useRow<T extends object = AnyRow>(name: string, id: number | string | null | undefined): RowState<Row & T> {
  const known = id !== null && id !== undefined && id !== '';
  const { value, ...state } = useAnswer<Row & T>(name, known ? rowPath(name, id) : null, known ? String(id) : undefined);
  return { row: value ?? null, ...state };
}

/** Who is signed in, and the ways to sign up, in and out; re-renders when that changes. */
export function useUser(): UserState {
  const session = useSyncExternalStore(watchSession, currentSession, currentSession);
  useEffect(() => {
    if (!currentSession().known) auth.me().catch(nothing);
  }, []);
  return {
    user: session.user,
    loading: !session.known && session.error === null,
    error: session.error,
    signUp: auth.signUp,
    logIn: auth.logIn,
    logOut: auth.logOut,
  };
}
