interface Props {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / "Page 2 of 3" / Next; nothing when everything fits on one page. Pages count from 0. */
export function Pager({ page, size, total, onPage }: Props) {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        ← Previous
      </button>
      <span aria-current="page">
        Page {page + 1} of {pages}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid="library-next">
        Next →
      </button>
    </nav>
  );
}
