// The editor's rows and what they mean as a set of variables. Pure, so the hook and its tests share it.
// The server judges names and values; here only what a JSON object cannot say (two rows with one
// name would silently become one) and what an empty row means.

export interface Row {
  /** Stable across edits, for React's list keys and focus. */
  key: number;
  name: string;
  value: string;
}

/** The prefixes bundlers expose to browser code, and so the only names the server accepts. */
export const PREFIXES = ['VITE_', 'REACT_APP_', 'PUBLIC_'] as const;

/** A row with neither name nor value: ignored, so a spare empty row is not a change. */
export const isBlank = (row: Row) => row.name.trim() === '' && row.value === '';

/** The rows for a set of variables, in the server's (name) order, keyed from `firstKey` on. */
export const rowsOf = (variables: Record<string, string>, firstKey: number): Row[] =>
  Object.entries(variables).map(([name, value], i) => ({ key: firstKey + i, name, value }));

/**
 * True while a typed name can still become a public one: it starts with a prefix, or is the
 * beginning of one ("VI"). Only a hint for the owner; the server has the last word.
 */
export const mayBecomePublic = (name: string) =>
  name === '' || PREFIXES.some((prefix) => name.startsWith(prefix) || prefix.startsWith(name));

/** The rows as the body of a PUT, or why they cannot be one. Names are trimmed; values kept as typed. */
export function collect(rows: Row[]): { variables: Record<string, string>; problem?: string } {
  const variables: Record<string, string> = {};
  const firstRow = new Map<string, number>();
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const name = row.name.trim();
    if (name === '') {
      problems.push(`Variable ${i + 1} has a value but no name.`);
      return;
    }
    const earlier = firstRow.get(name);
    if (earlier !== undefined) {
      problems.push(`${name} is set twice (variables ${earlier} and ${i + 1}): keep one.`);
      return;
    }
    firstRow.set(name, i + 1);
    variables[name] = row.value;
  });
  return problems.length > 0 ? { variables, problem: problems.join(' ') } : { variables };
}

/** Whether the rows say exactly what the server holds (empty rows aside). */
export function sameAs(rows: Row[], saved: Record<string, string>): boolean {
  const filled = rows.filter((row) => !isBlank(row));
  const names = new Set(filled.map((row) => row.name.trim()));
  return (
    filled.length === Object.keys(saved).length &&
    names.size === filled.length &&
    filled.every((row) => Object.hasOwn(saved, row.name.trim()) && saved[row.name.trim()] === row.value)
  );
}
