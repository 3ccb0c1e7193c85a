import { useEffect, useReducer, useState } from 'react';
import { useMounted } from '@/hooks/useMounted';
import { getEnvironment, putEnvironment, type Environment } from '../api/environment';
import { collect, rowsOf, sameAs, type Row } from '../model/rows';

export interface EnvironmentState {
  phase: 'idle' | 'loading' | 'failed' | 'ready';
  /** What the server holds. */
  saved: Record<string, string>;
  /** The server's reminder: public to every visitor, applied from the next version. */
  note: string | undefined;
  /** What the owner edits; kept as typed when a save is refused. */
  rows: Row[];
  nextKey: number;
  /** The row "Add variable" just made, whose name field takes the focus. */
  added: number | undefined;
  saving: boolean;
  /** Why loading or the last save failed (the server's `detail`, or a duplicate name). */
  error: string | undefined;
  /** The last save went through and nothing was edited since. */
  justSaved: boolean;
}

type Action =
  | { type: 'load' }
  | { type: 'loaded'; environment: Environment }
  | { type: 'loadFailed'; message: string }
  | { type: 'edit'; key: number; field: 'name' | 'value'; text: string }
  | { type: 'add' }
  | { type: 'remove'; key: number }
  | { type: 'save' }
  | { type: 'saved'; environment: Environment }
  | { type: 'saveFailed'; message: string };

const initialState: EnvironmentState = {
  phase: 'idle', saved: {}, note: undefined, rows: [], nextKey: 0, added: undefined, saving: false, error: undefined, justSaved: false,
};

/** The server's set as rows; with none, one empty row to start typing in. */
function fromServer(state: EnvironmentState, { variables, note }: Environment): EnvironmentState {
  const names = Object.keys(variables).length;
  const rows = names > 0 ? rowsOf(variables, state.nextKey) : [{ key: state.nextKey, name: '', value: '' }];
  return { ...state, saved: variables, note, rows, nextKey: state.nextKey + Math.max(names, 1), added: undefined };
}

function reducer(state: EnvironmentState, action: Action): EnvironmentState {
  const edited = { ...state, justSaved: false };
  switch (action.type) {
    case 'load':
      return { ...state, phase: 'loading', error: undefined };
    case 'loaded':
      return { ...fromServer(state, action.environment), phase: 'ready', error: undefined };
    case 'loadFailed':
      return { ...state, phase: 'failed', error: action.message };
    case 'edit':
      return { ...edited, rows: state.rows.map((row) => (row.key === action.key ? { ...row, [action.field]: action.text } : row)) };
    case 'add':
      return { ...edited, rows: [...state.rows, { key: state.nextKey, name: '', value: '' }], nextKey: state.nextKey + 1, added: state.nextKey };
    case 'remove':
      return { ...edited, rows: state.rows.filter((row) => row.key !== action.key) };
    case 'save':
      return { ...state, saving: true, error: undefined, justSaved: false };
    case 'saved':
      return { ...fromServer(state, action.environment), saving: false, error: undefined, justSaved: true };
    case 'saveFailed':
      return { ...state, saving: false, error: action.message, justSaved: false };
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A project's public variables as editable rows. Loads once `active` turns true (the panel's first
 * opening), then keeps the edits however often the panel closes; Save replaces the whole set.
 */
export function useEnvironment(projectId: string, active: boolean) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [attempt, setAttempt] = useState(0);
  const mounted = useMounted();

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    getEnvironment(projectId, controller.signal).then(
      (environment) => {
        if (!controller.signal.aborted) dispatch({ type: 'loaded', environment });
      },
      (err: unknown) => {
        if (!controller.signal.aborted) dispatch({ type: 'loadFailed', message: messageOf(err) });
      },
    );
    return () => controller.abort();
  }, [projectId, active, attempt]);

  const changed = !sameAs(state.rows, state.saved);
  // Loading starts with the first opening; 'idle' only says no request has gone yet.
  const phase = state.phase === 'idle' && active ? 'loading' : state.phase;

  const save = async () => {
    if (state.phase !== 'ready' || state.saving || !changed) return;
    const { variables, problem } = collect(state.rows);
    if (problem) {
      dispatch({ type: 'saveFailed', message: problem });
      return;
    }
    dispatch({ type: 'save' });
    try {
      const environment = await putEnvironment(projectId, variables);
      if (mounted.current) dispatch({ type: 'saved', environment });
    } catch (err) {
      if (mounted.current) dispatch({ type: 'saveFailed', message: messageOf(err) });
    }
  };

  return {
    ...state,
    phase,
    changed,
    save,
    retry: () => {
      dispatch({ type: 'load' });
      setAttempt((n) => n + 1);
    },
    add: () => dispatch({ type: 'add' }),
    remove: (key: number) => dispatch({ type: 'remove', key }),
    edit: (key: number, field: 'name' | 'value', text: string) => dispatch({ type: 'edit', key, field, text }),
  };
}
