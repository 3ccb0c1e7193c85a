// How the data tab writes values: pure, so the rules are unit-tested.

/** "1 row", "12 rows", "1,204 users". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A date-time as a short local date and time; what is not one stays as it came. */
export function shortDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A stored value as the table shows it: empty for none, yes/no for booleans, `#12` for a
 * reference, a local date for a date-time, JSON for anything unexpected.
 */
export function cellText(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (type === 'reference' && typeof value === 'number') return `#${value}`;
  if (type === 'datetime' && typeof value === 'string') return shortDateTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Only web addresses become links: a value a visitor wrote is never a `javascript:` href. */
export const isWebAddress = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);

/**
 * The names of what was removed from the data model but kept: `posts`, or `posts.subtitle` for a
 * field. Entries may come as names or as `{collection, field?}` objects.
 */
export function hiddenNames(hidden: unknown[] | undefined): string[] {
  return (hidden ?? []).flatMap((entry) => {
    if (typeof entry === 'string') return entry ? [entry] : [];
    if (entry && typeof entry === 'object') {
      const { collection, field, name } = entry as Record<string, unknown>;
      const owner = typeof collection === 'string' ? collection : undefined;
      const own = typeof field === 'string' ? field : typeof name === 'string' ? name : undefined;
      const joined = [owner, own].filter(Boolean).join('.');
      return joined ? [joined] : [];
    }
    return [];
  });
}
