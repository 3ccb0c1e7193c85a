import { useEffect, useState } from 'react';
import { theme, alpha } from '../theme';
import { STATUSES } from '../books';
import type { Book, Status } from '../books';
import Cover from './Cover';
import Stars from './Stars';

interface BookCardProps {
  book: Book;
  onStatus: (status: Status) => void;
  onProgress: (pages: number) => void;
  onRate: (rating: number) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export default function BookCard({ book, onStatus, onProgress, onRate, onEdit, onDelete }: BookCardProps) {
  const [confirming, setConfirming] = useState<boolean>(false);
  const [page, setPage] = useState<string>(String(book.progress));
  useEffect(() => setPage(String(book.progress)), [book.progress]);
  const share = book.pages ? Math.min(1, book.progress / book.pages) : 0;
  const pageValid = /^\d+$/.test(page.trim()) && (book.pages === null || Number(page) <= book.pages);

  const commitPage = () => {
    if (pageValid) onProgress(Number(page));
    else setPage(String(book.progress));
  };

  const small = { padding: '6px 10px', borderRadius: 8, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 13, cursor: 'pointer', fontFamily: theme.body } as const;

  return (
    <article data-testid="book-card" data-title={book.title} data-status={book.status} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: 16, boxShadow: theme.shadowSmall, display: 'flex', gap: 16, minWidth: 0 }}>
      <Cover title={book.title} author={book.author} />
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
        <div>
          <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 18, lineHeight: 1.25, overflowWrap: 'anywhere' }}>{book.title}</h3>
          <p style={{ margin: '2px 0 0', color: theme.muted, fontSize: 14 }}>
            {book.author}
            {book.pages ? ` · ${book.pages} pages` : ''}
          </p>
        </div>
        <select aria-label={`Shelf for ${book.title}`} data-testid="status-select" value={book.status} onChange={(e) => onStatus(e.target.value as Status)} style={{ alignSelf: 'flex-start', maxWidth: '100%', padding: '6px 8px', borderRadius: 8, border: `1px solid ${theme.border}`, background: book.status === 'reading' ? theme.tint : theme.background, color: theme.text, fontSize: 13, fontWeight: 700, fontFamily: theme.body }}>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>{s.icon} {s.label}</option>
          ))}
        </select>
        {book.status === 'reading' && (
          <div>
            <div aria-hidden="true" style={{ height: 8, borderRadius: 999, background: theme.subtle, overflow: 'hidden' }}>
              <div style={{ width: `${share * 100}%`, height: '100%', borderRadius: 999, background: theme.primary, transition: 'width 250ms' }} />
            </div>
            <div style={{ display: 'flex', alignItems: 'center', gap: 6, marginTop: 6, fontSize: 13, color: theme.muted, flexWrap: 'wrap' }}>
              <label htmlFor={`page-${book.id}`}>Page</label>
              <input
                id={`page-${book.id}`}
                data-testid="progress-input"
                inputMode="numeric"
                value={page}
                onChange={(e) => setPage(e.target.value)}
                onBlur={commitPage}
                onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                aria-invalid={!pageValid}
                style={{ width: 56, padding: '4px 6px', borderRadius: 6, border: `1.5px solid ${pageValid ? theme.border : theme.danger}`, background: theme.background, color: theme.text, fontSize: 13, fontWeight: 700, textAlign: 'right', fontFamily: theme.body }}
              />
              {book.pages ? <span>of {book.pages} · <strong data-testid="progress-percent" style={{ color: theme.text }}>{Math.round(share * 100)} %</strong></span> : <span>pages read</span>}
            </div>
          </div>
        )}
        {book.status === 'done' && (
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
            <Stars value={book.rating} onChange={onRate} label={`Rate ${book.title}`} />
            {book.finishedAt && <span style={{ fontSize: 13, color: theme.muted }}>Finished {new Date(book.finishedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}</span>}
          </div>
        )}
        {book.notes && <p style={{ margin: 0, fontSize: 14, fontStyle: 'italic', color: theme.text, opacity: 0.85, overflowWrap: 'anywhere', borderLeft: `3px solid ${alpha(theme.primary, 0.5)}`, paddingLeft: 8 }}>{book.notes}</p>}
        <div style={{ display: 'flex', gap: 6, marginTop: 'auto', flexWrap: 'wrap', alignItems: 'center' }}>
          {confirming ? (
            <>
              <span style={{ fontSize: 13, fontWeight: 700 }}>Remove this book?</span>
              <button type="button" data-testid="confirm-delete" onClick={onDelete} style={{ ...small, border: `1px solid ${theme.danger}`, color: theme.danger }}>Remove</button>
              <button type="button" onClick={() => setConfirming(false)} style={small}>Keep</button>
            </>
          ) : (
            <>
              <button type="button" data-testid="edit-book" onClick={onEdit} style={small}>Edit</button>
              <button type="button" data-testid="delete-book" onClick={() => setConfirming(true)} style={{ ...small, color: theme.danger }}>Remove</button>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
