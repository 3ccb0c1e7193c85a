interface Props {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  /** What the pages are of, for screen readers: "Pages of posts". */
  label?: string;
  /** Prefix of the buttons' test ids (`<testId>-previous`, `<testId>-next`). */
  testId?: string;
}

/** Previous / "Page 2 of 3" / Next; nothing when everything fits on one page. Pages count from 0. */
export function Pager({ page, size, total, onPage, label = 'Pages', testId }: Props) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)} data-testid={testId && `${testId}-previous`}>
        ← Previous
      </button>
      <span aria-current="page">
        Page {page + 1} of {pages}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid={testId && `${testId}-next`}>
        Next →
      </button>
    </nav>
  );
}
