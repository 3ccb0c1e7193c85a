import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { STATUSES, validateDraft } from '../books';
import type { Book, BookDraft, DraftErrors, Status } from '../books';
import Cover from './Cover';

interface BookFormProps {
  initial: BookDraft;
  books: Book[];
  editingId: string | null;
  onSave: (draft: BookDraft) => void;
  onCancel: () => void;
}

export default function BookForm({ initial, books, editingId, onSave, onCancel }: BookFormProps) {
  const [draft, setDraft] = useState<BookDraft>(initial);
  const [submitted, setSubmitted] = useState<boolean>(false);
  // Errors appear after the first attempt to save, then follow the input live.
  const errors: DraftErrors = submitted ? validateDraft(draft, books, editingId) : {};
  const first = useRef<HTMLInputElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (key: keyof BookDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = validateDraft(draft, books, editingId);
    setSubmitted(true);
    if (Object.keys(found).length === 0) onSave(draft);
  };

  const field = (invalid: boolean) => ({ width: '100%', boxSizing: 'border-box' as const, padding: '10px 12px', borderRadius: 10, border: `1.5px solid ${invalid ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body });
  const label = { display: 'block', fontWeight: 700, fontSize: 14, marginBottom: 5 } as const;
  const error = (key: keyof BookDraft) => errors[key] && <p id={`${key}-error`} role="alert" style={{ margin: '4px 0 0', color: theme.danger, fontSize: 13 }}>{errors[key]}</p>;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={editingId ? 'Edit book' : 'Add a book'}
      data-testid="book-form"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      style={{ background: theme.surface, border: `2px solid ${theme.primary}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadow, display: 'flex', gap: 20, flexWrap: 'wrap' }}
    >
      <div aria-hidden="true" style={{ flex: '0 0 auto' }}>
        <Cover title={draft.title.trim() || 'Your next book'} author={draft.author.trim() || 'Author'} width={96} />
      </div>
      <div style={{ flex: '1 1 280px', minWidth: 0, display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))' }}>
        <h2 style={{ gridColumn: '1 / -1', margin: 0, fontFamily: theme.heading, fontSize: 20 }}>{editingId ? 'Edit book' : 'Add a book'}</h2>
        <div>
          <label htmlFor="bk-title" style={label}>Title</label>
          <input ref={first} id="bk-title" data-testid="form-title" value={draft.title} onChange={(e) => set('title', e.target.value)} aria-invalid={!!errors.title} aria-describedby={errors.title ? 'title-error' : undefined} style={field(!!errors.title)} />
          {error('title')}
        </div>
        <div>
          <label htmlFor="bk-author" style={label}>Author</label>
          <input id="bk-author" data-testid="form-author" value={draft.author} onChange={(e) => set('author', e.target.value)} aria-invalid={!!errors.author} aria-describedby={errors.author ? 'author-error' : undefined} style={field(!!errors.author)} />
          {error('author')}
        </div>
        <div>
          <label htmlFor="bk-pages" style={label}>Pages <span style={{ fontWeight: 400, color: theme.muted }}>(optional)</span></label>
          <input id="bk-pages" data-testid="form-pages" inputMode="numeric" value={draft.pages} onChange={(e) => set('pages', e.target.value)} aria-invalid={!!errors.pages} style={field(!!errors.pages)} />
          {error('pages')}
        </div>
        <div>
          <label htmlFor="bk-status" style={label}>Shelf</label>
          <select id="bk-status" data-testid="form-status" value={draft.status} onChange={(e) => set('status', e.target.value as Status)} style={field(false)}>
            {STATUSES.map((s) => (
              <option key={s.id} value={s.id}>{s.icon} {s.label}</option>
            ))}
          </select>
        </div>
        <div style={{ gridColumn: '1 / -1' }}>
          <label htmlFor="bk-notes" style={label}>Notes <span style={{ fontWeight: 400, color: theme.muted }}>(optional)</span></label>
          <textarea id="bk-notes" data-testid="form-notes" rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} aria-invalid={!!errors.notes} style={{ ...field(!!errors.notes), resize: 'vertical' }} />
          {error('notes')}
        </div>
        <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 10, flexWrap: 'wrap' }}>
          <button type="submit" data-testid="form-save" style={{ padding: '11px 20px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
            {editingId ? 'Save changes' : 'Add to list'}
          </button>
          <button type="button" onClick={onCancel} style={{ padding: '11px 20px', borderRadius: 10, border: `1.5px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
            Cancel
          </button>
        </div>
      </div>
    </form>
  );
}
