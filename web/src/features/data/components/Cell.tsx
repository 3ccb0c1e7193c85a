import { cellText, isWebAddress } from '../model/cells';

/** One stored value in a table cell: a date-time as <time>, a web address as a link, nothing as a dash. */
export function Cell({ value, type }: { value: unknown; type: string }) {
  const text = cellText(value, type);
  if (text === '') {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">empty</span>
      </span>
    );
  }
  if (type === 'datetime' && typeof value === 'string') {
    return (
      <time dateTime={value} title={value}>
        {text}
      </time>
    );
  }
  if (type === 'url' && isWebAddress(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer nofollow">
        {text}
      </a>
    );
  }
  // Long texts are cut to the column's width; the whole text is the tooltip.
  return (
    <span className="data-cell" title={text.length > 40 ? text : undefined}>
      {text}
    </span>
  );
}
