import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { STATUSES, load, newId, save, sortBooks, withStatus } from './books';
import type { Book, BookDraft, SortKey, Status } from './books';
import GoalCard from './components/GoalCard';
import Toolbar from './components/Toolbar';
import BookForm from './components/BookForm';
import BookCard from './components/BookCard';

const EMPTY: BookDraft = { title: '', author: '', pages: '', status: 'want', notes: '' };

export default function App() {
  usePageSetup();
  const [initial] = useState(load);
  const [books, setBooks] = useState<Book[]>(initial.saved.books);
  const [goal, setGoal] = useState<number>(initial.saved.goal);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);
  const [tab, setTab] = useState<Status | 'all'>('all');
  const [query, setQuery] = useState<string>('');
  const [sort, setSort] = useState<SortKey>('added');
  const [form, setForm] = useState<{ id: string | null; draft: BookDraft } | null>(null);
  const [message, setMessage] = useState<string>('');

  useEffect(() => {
    if (!save({ books, goal })) setStorageOk(false);
  }, [books, goal]);

  const update = (id: string, fn: (b: Book) => Book) => setBooks((list) => list.map((b) => (b.id === id ? fn(b) : b)));

  const saveDraft = (draft: BookDraft) => {
    const pages = draft.pages.trim() ? Number(draft.pages) : null;
    if (form?.id) {
      const id = form.id;
      update(id, (b) => {
        const moved = withStatus(b, draft.status);
        return { ...moved, title: draft.title.trim(), author: draft.author.trim(), pages, notes: draft.notes.trim(), progress: pages !== null ? Math.min(moved.progress, pages) : moved.progress };
      });
      setMessage(`Saved “${draft.title.trim()}”.`);
    } else {
      const base: Book = { id: newId(), title: draft.title.trim(), author: draft.author.trim(), pages, status: 'want', progress: 0, rating: 0, notes: draft.notes.trim(), addedAt: Date.now(), finishedAt: null };
      setBooks((list) => [withStatus(base, draft.status), ...list]);
      setMessage(`Added “${draft.title.trim()}” to ${STATUSES.find((s) => s.id === draft.status)?.label.toLowerCase()}.`);
    }
    setForm(null);
  };

  const counts = {
    all: books.length,
    want: books.filter((b) => b.status === 'want').length,
    reading: books.filter((b) => b.status === 'reading').length,
    done: books.filter((b) => b.status === 'done').length,
  };
  const q = query.trim().toLowerCase();
  const visible = sortBooks(
    books.filter((b) => (tab === 'all' || b.status === tab) && (!q || `${b.title} ${b.author}`.toLowerCase().includes(q))),
    sort,
  );

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 42px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        {!storageOk && (
          <p role="alert" style={{ margin: 0, padding: '10px 14px', borderRadius: 12, border: `1px solid ${theme.warning}`, color: theme.warning, background: theme.surface }}>
            This browser is not letting the app save. Your list will be lost when you close the page.
          </p>
        )}
        <GoalCard books={books} goal={goal} onGoal={setGoal} />
        <Toolbar tab={tab} counts={counts} query={query} sort={sort} onTab={setTab} onQuery={setQuery} onSort={setSort} onAdd={() => setForm({ id: null, draft: { ...EMPTY, status: tab === 'all' ? 'want' : tab } })} />
        <p role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', margin: 0 }}>{message}</p>
        {form && <BookForm key={form.id ?? 'new'} initial={form.draft} books={books} editingId={form.id} onSave={saveDraft} onCancel={() => setForm(null)} />}
        {visible.length === 0 ? (
          <div data-testid="empty" style={{ textAlign: 'center', padding: 'clamp(28px, 6vw, 56px)', border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius + 4, color: theme.muted }}>
            <div aria-hidden="true" style={{ fontSize: 40 }}>📚</div>
            {q ? `No books match “${query.trim()}”.` : tab === 'reading' ? 'Nothing on the go. Move a book here when you start it.' : tab === 'done' ? 'No finished books yet.' : 'Your list is empty. Add the first book you want to read.'}
          </div>
        ) : (
          <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))', gap: 'clamp(12px, 2vw, 18px)' }}>
            {visible.map((b) => (
              <BookCard
                key={b.id}
                book={b}
                onStatus={(status) => {
                  update(b.id, (x) => withStatus(x, status));
                  setMessage(`Moved “${b.title}” to ${STATUSES.find((s) => s.id === status)?.label.toLowerCase()}.`);
                }}
                onProgress={(pages) => update(b.id, (x) => (x.pages !== null && pages >= x.pages ? withStatus({ ...x, progress: pages }, 'done') : { ...x, progress: pages }))}
                onRate={(rating) => update(b.id, (x) => ({ ...x, rating }))}
                onEdit={() => setForm({ id: b.id, draft: { title: b.title, author: b.author, pages: b.pages ? String(b.pages) : '', status: b.status, notes: b.notes } })}
                onDelete={() => {
                  setBooks((list) => list.filter((x) => x.id !== b.id));
                  setMessage(`Removed “${b.title}”.`);
                }}
              />
            ))}
          </main>
        )}
      </div>
    </div>
  );
}
