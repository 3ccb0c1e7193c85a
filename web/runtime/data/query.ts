// A list query as the URL parameters of GET /_api/data/{collection}: `field=v`, `field[op]=v`,
// `field[in]=a,b`, `owner=me`, `sort`, `limit`, `offset`, `cursor`. Brackets are sent
// percent-encoded (Tomcat refuses them raw); the server reads `field[op]` either way.

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
 * Conditions by field name, all of which must hold: a value (equals), a list (any of them) or a
 * Filter. `id`, `createdAt` and `updatedAt` filter too; `owner: 'me'` keeps the signed-in
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

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
};

const encoded = (value: unknown): string => encodeURIComponent(text(value));

const isFilter = (value: unknown): value is Filter =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);

/** The query as `?a=1&b%5Bgte%5D=2`, or '' when it asks for nothing. */
export function queryString(query: Query | null | undefined): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  const list = (values: readonly unknown[]) => values.map(encoded).join(',');
  for (const [field, condition] of Object.entries(query?.where ?? {})) {
    const name = encodeURIComponent(field);
    if (condition === undefined) continue;
    if (Array.isArray(condition)) {
      add(`${name}%5Bin%5D`, list(condition));
    } else if (isFilter(condition)) {
      for (const [operator, value] of Object.entries(condition)) {
        if (value === undefined) continue;
        const values: readonly unknown[] = Array.isArray(value) ? value : [value];
        add(`${name}%5B${encodeURIComponent(operator)}%5D`, list(values));
      }
    } else {
      add(name, encoded(condition));
    }
  }
  const sort = query?.sort;
  if (sort !== undefined && sort.length > 0) add('sort', list(typeof sort === 'string' ? sort.split(',') : sort));
  if (query?.limit != null) add('limit', encoded(query.limit));
  if (query?.offset != null) add('offset', encoded(query.offset));
  if (query?.cursor) add('cursor', encoded(query.cursor));
  return parts.length ? `?${parts.join('&')}` : '';
}
