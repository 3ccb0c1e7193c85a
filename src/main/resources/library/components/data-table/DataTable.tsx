import { useId, useMemo, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';

export type CellValue = string | number | boolean | null | undefined;
export type Row = Record<string, CellValue>;
export type SortDirection = 'asc' | 'desc';

export type Column = {
  /** Property of each row shown in this column. */
  key: string;
  label: string;
  /** How the value is shown: numbers and money right-aligned, dates (ISO strings) localised, badges as pills. */
  type?: 'text' | 'number' | 'currency' | 'date' | 'badge';
  align?: 'left' | 'right' | 'center';
  /** Default true. */
  sortable?: boolean;
  /** For type 'badge': CSS colour per value, e.g. { Paid: '#15803d', Overdue: '#b91c1c' }. */
  tones?: Record<string, string>;
  /** Custom cell content; overrides type. */
  render?: (value: CellValue, row: Row) => ReactNode;
};

type Props = {
  columns?: Column[];
  rows?: Row[];
  /** Row property that identifies a row (default 'id'; falls back to the row's position). */
  rowKey?: string;
  /** Visible title, also the table's caption and accessible name. */
  caption?: string;
  /** Show a search box that filters rows on every column. */
  filterable?: boolean;
  filterPlaceholder?: string;
  /** Rows per page; 0 shows all rows. */
  pageSize?: number;
  initialSort?: { key: string; direction: SortDirection };
  emptyMessage?: string;
  /** Called when a row is clicked or activated with Enter. */
  onRowClick?: (row: Row) => void;
  /** ISO 4217 code for 'currency' columns. */
  currency?: string;
  /** BCP 47 locale for numbers, money and dates. */
  locale?: string;
  background?: string;
  surface?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
};

const DEFAULT_COLUMNS: Column[] = [
  { key: 'invoice', label: 'Invoice' },
  { key: 'customer', label: 'Customer' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'amount', label: 'Amount', type: 'currency' },
  { key: 'status', label: 'Status', type: 'badge', tones: { Paid: '#15803d', Pending: '#b45309', Overdue: '#b91c1c' } },
];

const DEFAULT_ROWS: Row[] = [
  { id: 1, invoice: 'INV-1042', customer: 'Lumen Studio', date: '2025-03-02', amount: 1250, status: 'Paid' },
  { id: 2, invoice: 'INV-1043', customer: 'Fieldnote', date: '2025-03-04', amount: 860, status: 'Pending' },
  { id: 3, invoice: 'INV-1044', customer: 'Kettle & Co', date: '2025-03-05', amount: 2310.5, status: 'Paid' },
  { id: 4, invoice: 'INV-1045', customer: 'Brightpath', date: '2025-03-09', amount: 495, status: 'Overdue' },
  { id: 5, invoice: 'INV-1046', customer: 'Northwind Traders', date: '2025-03-11', amount: 3120, status: 'Paid' },
  { id: 6, invoice: 'INV-1047', customer: 'Cartwise', date: '2025-03-14', amount: 740, status: 'Pending' },
  { id: 7, invoice: 'INV-1048', customer: 'Fjord Health', date: '2025-03-18', amount: 1980, status: 'Paid' },
  { id: 8, invoice: 'INV-1049', customer: 'Atlas Bikes', date: '2025-03-21', amount: 415, status: 'Overdue' },
  { id: 9, invoice: 'INV-1050', customer: 'Harbour Lane', date: '2025-03-25', amount: 1375, status: 'Paid' },
  { id: 10, invoice: 'INV-1051', customer: 'Pulse Analytics', date: '2025-03-28', amount: 2640, status: 'Pending' },
  { id: 11, invoice: 'INV-1052', customer: 'Meridian Law', date: '2025-04-01', amount: 980, status: 'Paid' },
  { id: 12, invoice: 'INV-1053', customer: 'Oak & Iron', date: '2025-04-03', amount: 1520, status: 'Paid' },
];

const SR_ONLY: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

function compare(a: CellValue, b: CellValue): number {
  const empty = (v: CellValue) => v === null || v === undefined || v === '';
  if (empty(a) || empty(b)) return empty(a) === empty(b) ? 0 : empty(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

export default function DataTable(props: Props) {
  const {
    rows = DEFAULT_ROWS,
    rowKey = 'id',
    caption = props.rows === undefined ? 'Invoices' : '',
    filterable = true,
    filterPlaceholder = 'Search…',
    pageSize = 5,
    initialSort,
    emptyMessage = 'No matching rows.',
    onRowClick,
    currency = 'USD',
    locale = 'en-US',
    background = '#ffffff',
    surface = '#f8fafc',
    text = '#0f172a',
    muted = '#64748b',
    accent = '#4f46e5',
    accentText = '#ffffff',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  // Without columns: the example's columns for the example rows, else one column per property of the first row.
  const columns: Column[] =
    props.columns ??
    (props.rows === undefined
      ? DEFAULT_COLUMNS
      : Object.keys(rows[0] ?? {})
          .filter((k) => k !== rowKey)
          .map((k) => ({
            key: k,
            label: k
              .replace(/[_-]+/g, ' ')
              .replace(/([a-z])([A-Z])/g, '$1 $2')
              .replace(/^./, (c) => c.toUpperCase()),
            type: typeof rows[0]?.[k] === 'number' ? 'number' : 'text',
          })));
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(initialSort ?? null);
  const [page, setPage] = useState(0);
  const filterId = useId();
  const captionId = useId();

  const display = (col: Column, v: CellValue): string => {
    if (v === null || v === undefined) return '';
    if (col.type === 'currency' && typeof v === 'number') return v.toLocaleString(locale, { style: 'currency', currency });
    if (col.type === 'number' && typeof v === 'number') return v.toLocaleString(locale);
    if (col.type === 'date' && typeof v === 'string') {
      const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v + 'T00:00:00' : v);
      return Number.isNaN(d.getTime()) ? v : d.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    }
    if (typeof v === 'boolean') return v ? 'Yes' : 'No';
    return String(v);
  };

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q
      ? rows.filter((r) =>
          columns.some(
            (c) =>
              display(c, r[c.key]).toLowerCase().includes(q) ||
              String(r[c.key] ?? '')
                .toLowerCase()
                .includes(q),
          ),
        )
      : rows;
    if (!sort) return list;
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...list].sort((a, b) => {
      const c = compare(a[sort.key], b[sort.key]);
      // Empty values stay last in both directions.
      const ea = a[sort.key] === null || a[sort.key] === undefined || a[sort.key] === '';
      const eb = b[sort.key] === null || b[sort.key] === undefined || b[sort.key] === '';
      return ea || eb ? c : c * sign;
    });
  }, [rows, columns, query, sort, locale, currency]);

  const pages = pageSize > 0 ? Math.max(1, Math.ceil(filtered.length / pageSize)) : 1;
  const current = Math.min(page, pages - 1);
  const visible = pageSize > 0 ? filtered.slice(current * pageSize, current * pageSize + pageSize) : filtered;
  const first = filtered.length ? current * (pageSize || filtered.length) + 1 : 0;
  const last = Math.min(filtered.length, first - 1 + visible.length);

  const toggleSort = (key: string) => {
    setSort((s) => (s && s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));
    setPage(0);
  };

  const alignOf = (c: Column): 'left' | 'right' | 'center' => c.align ?? (c.type === 'number' || c.type === 'currency' ? 'right' : 'left');

  const cell = (c: Column, r: Row): ReactNode => {
    const v = r[c.key];
    if (c.render) return c.render(v, r);
    if (c.type === 'badge' && v !== null && v !== undefined && v !== '') {
      const tone = c.tones?.[String(v)] ?? accent;
      return (
        <span
          style={{
            display: 'inline-block',
            padding: '2px 10px',
            borderRadius: 999,
            fontSize: 13,
            fontWeight: 600,
            whiteSpace: 'nowrap',
            color: `color-mix(in srgb, ${tone} 80%, ${text})`,
            background: `color-mix(in srgb, ${tone} 14%, ${background})`,
            border: `1px solid color-mix(in srgb, ${tone} 30%, ${background})`,
          }}
        >
          {display(c, v)}
        </span>
      );
    }
    return display(c, v);
  };

  const pageButton = (label: ReactNode, target: number, opts: { ariaLabel?: string; current?: boolean; disabled?: boolean } = {}) => (
    <button
      type="button"
      onClick={() => setPage(target)}
      disabled={opts.disabled}
      aria-label={opts.ariaLabel}
      aria-current={opts.current ? 'page' : undefined}
      style={{
        minWidth: 36,
        height: 36,
        padding: '0 10px',
        borderRadius: 8,
        border: `1px solid ${opts.current ? accent : border}`,
        background: opts.current ? accent : background,
        color: opts.current ? accentText : text,
        fontFamily: font,
        fontSize: 14,
        fontWeight: 600,
        cursor: opts.disabled ? 'not-allowed' : 'pointer',
        opacity: opts.disabled ? 0.45 : 1,
      }}
    >
      {label}
    </button>
  );

  // Page numbers: first, last, and the neighbours of the current page, with gaps as '…'.
  const pageItems: (number | 'gap')[] = [];
  for (let i = 0; i < pages; i++) {
    if (i === 0 || i === pages - 1 || Math.abs(i - current) <= 1) pageItems.push(i);
    else if (pageItems[pageItems.length - 1] !== 'gap') pageItems.push('gap');
  }

  return (
    <div style={{ background, color: text, fontFamily: font, border: `1px solid ${border}`, borderRadius: 14, overflow: 'hidden', minWidth: 0 }}>
      {(caption || filterable) && (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: caption ? 'space-between' : 'flex-end',
            gap: 12,
            padding: '14px 16px',
            borderBottom: `1px solid ${border}`,
          }}
        >
          {caption && (
            <h2 id={captionId} style={{ margin: 0, fontSize: 16, fontWeight: 700 }}>
              {caption}
            </h2>
          )}
          {filterable && (
            <div style={{ flex: '1 1 200px', maxWidth: 300, position: 'relative' }}>
              <label htmlFor={filterId} style={SR_ONLY}>
                Filter {caption ? caption.toLowerCase() : 'rows'}
              </label>
              <svg
                width="16"
                height="16"
                viewBox="0 0 20 20"
                aria-hidden="true"
                focusable="false"
                style={{ position: 'absolute', left: 11, top: '50%', transform: 'translateY(-50%)', color: muted }}
              >
                <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
                <path d="M13 13l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              <input
                id={filterId}
                type="search"
                value={query}
                placeholder={filterPlaceholder}
                onChange={(e) => {
                  setQuery(e.target.value);
                  setPage(0);
                }}
                style={{
                  width: '100%',
                  boxSizing: 'border-box',
                  height: 38,
                  padding: '0 12px 0 34px',
                  borderRadius: 10,
                  border: `1px solid ${border}`,
                  background: surface,
                  color: text,
                  fontFamily: font,
                  fontSize: 15,
                }}
              />
            </div>
          )}
        </div>
      )}

      <div
        role="region"
        aria-labelledby={caption ? captionId : undefined}
        aria-label={caption ? undefined : 'Table'}
        tabIndex={0}
        style={{ overflowX: 'auto' }}
      >
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14.5 }}>
          <caption style={SR_ONLY}>
            {caption || 'Table'}
            {sort ? `, sorted by ${columns.find((c) => c.key === sort.key)?.label ?? sort.key}, ${sort.direction === 'asc' ? 'ascending' : 'descending'}` : ''}
          </caption>
          <thead>
            <tr style={{ background: surface }}>
              {columns.map((c) => {
                const sortable = c.sortable !== false;
                const dir = sort?.key === c.key ? sort.direction : null;
                const align = alignOf(c);
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : sortable ? 'none' : undefined}
                    style={{
                      textAlign: align,
                      padding: 0,
                      borderBottom: `1px solid ${border}`,
                      whiteSpace: 'nowrap',
                      fontSize: 13,
                      fontWeight: 700,
                      color: muted,
                    }}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        onClick={() => toggleSort(c.key)}
                        style={{
                          display: 'inline-flex',
                          alignItems: 'center',
                          gap: 6,
                          flexDirection: align === 'right' ? 'row-reverse' : 'row',
                          width: '100%',
                          justifyContent: align === 'right' ? 'flex-start' : align === 'center' ? 'center' : 'flex-start',
                          padding: '11px 14px',
                          border: 'none',
                          background: 'transparent',
                          color: dir ? text : muted,
                          font: 'inherit',
                          fontWeight: 700,
                          cursor: 'pointer',
                        }}
                      >
                        <span>{c.label}</span>
                        <svg width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
                          <path d="M5 1L9 5.5H1z" fill="currentColor" opacity={dir === 'asc' ? 1 : 0.3} />
                          <path d="M5 13L1 8.5h8z" fill="currentColor" opacity={dir === 'desc' ? 1 : 0.3} />
                        </svg>
                      </button>
                    ) : (
                      <span style={{ display: 'block', padding: '11px 14px' }}>{c.label}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr>
                <td colSpan={columns.length} style={{ padding: '28px 14px', textAlign: 'center', color: muted }}>
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              visible.map((r, i) => {
                const k = r[rowKey];
                return (
                  <tr
                    key={k === null || k === undefined ? `row-${current}-${i}` : String(k)}
                    onClick={onRowClick ? () => onRowClick(r) : undefined}
                    onKeyDown={
                      onRowClick
                        ? (e) => {
                            if (e.key === 'Enter' || e.key === ' ') {
                              e.preventDefault();
                              onRowClick(r);
                            }
                          }
                        : undefined
                    }
                    tabIndex={onRowClick ? 0 : undefined}
                    style={{ cursor: onRowClick ? 'pointer' : 'default' }}
                  >
                    {columns.map((c) => (
                      <td
                        key={c.key}
                        style={{
                          padding: '11px 14px',
                          textAlign: alignOf(c),
                          borderBottom: i === visible.length - 1 ? 'none' : `1px solid ${border}`,
                          whiteSpace: c.type === 'text' || !c.type ? 'normal' : 'nowrap',
                          fontVariantNumeric: c.type === 'number' || c.type === 'currency' ? 'tabular-nums' : undefined,
                          minWidth: c.type === 'text' || !c.type ? 110 : undefined,
                        }}
                      >
                        {cell(c, r)}
                      </td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>

      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 10,
          padding: '12px 16px',
          borderTop: `1px solid ${border}`,
          fontSize: 14,
          color: muted,
        }}
      >
        <p role="status" style={{ margin: 0 }}>
          {filtered.length === 0 ? 'No rows' : `Showing ${first}–${last} of ${filtered.length}`}
          {query.trim() && rows.length !== filtered.length ? ` (filtered from ${rows.length})` : ''}
        </p>
        {pages > 1 && (
          <nav aria-label="Pagination" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
            {pageButton('‹', current - 1, { ariaLabel: 'Previous page', disabled: current === 0 })}
            {pageItems.map((p, i) =>
              p === 'gap' ? (
                <span key={`gap-${i}`} aria-hidden="true" style={{ padding: '0 2px' }}>
                  …
                </span>
              ) : (
                <span key={p}>{pageButton(p + 1, p, { ariaLabel: `Page ${p + 1}`, current: p === current })}</span>
              ),
            )}
            {pageButton('›', current + 1, { ariaLabel: 'Next page', disabled: current === pages - 1 })}
          </nav>
        )}
      </div>
    </div>
  );
}
