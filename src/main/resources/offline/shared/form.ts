import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { collection, useRow } from 'faibric/data';
import type { Values } from 'faibric/data';
import { errorText } from './ui';

/** Work a button or form starts: busy while it runs; what it throws becomes the error. */
export interface Action {
  busy: boolean;
  error: string | null;
  setError: (error: string | null) => void;
  run: (work: () => Promise<unknown>) => Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState<boolean>(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** A form's sending: its own check first, then the work. */
export interface Submit extends Action {
  submit: (e?: FormEvent) => Promise<void>;
}

/**
 * Sends a form: `check` says what is wrong (or null), then `work` runs; the check's or
 * the server's words become the error, in words for the person.
 */
export function useSubmit(check: () => string | null, work: () => Promise<unknown>): Submit {
  const action = useAction();
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const problem = check();
    if (problem) action.setError(problem);
    else await action.run(work);
  };
  return { ...action, submit };
}

/** A new or existing row, edited as a draft: the draft, whether the row is still loading, and saving. */
export interface RowEditor<D> {
  draft: D;
  setDraft: (draft: D) => void;
  loading: boolean;
  form: Submit;
}

interface RowEditorSpec<R, D> {
  /** The draft of a row, or of a new one for null. */
  draftOf: (row: R | null) => D;
  /** What is wrong with a draft, or null. */
  problem: (draft: D) => string | null;
  /** The values to store for a draft. */
  values: (draft: D) => Values<R>;
  /** What to do once the row is saved (usually, open it). */
  saved: (row: R) => void;
}

/** Edits row `id` of a collection (or a new row when `id` is null) through a draft. */
export function useRowEditor<R extends object, D>(name: string, id: number | null, spec: RowEditorSpec<R, D>): RowEditor<D> {
  const { row, loading } = useRow<R>(name, id);
  const [draft, setDraft] = useState<D>(() => spec.draftOf(null));
  useEffect(() => {
    if (id !== null && row) setDraft(spec.draftOf(row));
  }, [id, row?.id]);
  const form = useSubmit(
    () => spec.problem(draft),
    async () => {
      const rows = collection<R>(name);
      spec.saved(id !== null ? await rows.update(id, spec.values(draft)) : await rows.create(spec.values(draft)));
    },
  );
  return { draft, setDraft, loading: id !== null && loading, form };
}
