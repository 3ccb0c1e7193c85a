import { useEffect, useState } from 'react';
import { theme, usePageSetup } from './theme';
import { COLUMNS, loadCards, moveCard, newId, saveCards } from './board';
import type { Card, CardDraft, ColumnId, DropTarget } from './board';
import BoardHeader from './components/BoardHeader';
import Column from './components/Column';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadCards);
  const [cards, setCards] = useState<Card[]>(initial.cards);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageAvailable);
  const [query, setQuery] = useState<string>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const [announcement, setAnnouncement] = useState<string>('');

  useEffect(() => {
    if (!saveCards(cards)) setStorageOk(false);
  }, [cards]);

  const titleOf = (id: string) => cards.find((c) => c.id === id)?.title ?? 'Card';
  const columnName = (id: ColumnId) => COLUMNS.find((c) => c.id === id)?.title ?? id;

  const actions = {
    add: (column: ColumnId, draft: CardDraft) => {
      setCards((prev) => [...prev, { id: newId(), title: draft.title.trim(), notes: draft.notes.trim(), priority: draft.priority, column, createdAt: Date.now() }]);
      setAnnouncement(`Added “${draft.title.trim()}” to ${columnName(column)}.`);
      setEditing(null);
    },
    update: (id: string, draft: CardDraft) => {
      setCards((prev) => prev.map((c) => (c.id === id ? { ...c, title: draft.title.trim(), notes: draft.notes.trim(), priority: draft.priority } : c)));
      setAnnouncement('Card updated.');
      setEditing(null);
    },
    remove: (id: string) => {
      setAnnouncement(`Deleted “${titleOf(id)}”.`);
      setCards((prev) => prev.filter((c) => c.id !== id));
    },
    move: (id: string, column: ColumnId, beforeId: string | null) => {
      setCards((prev) => moveCard(prev, id, column, beforeId));
      setAnnouncement(`Moved “${titleOf(id)}” to ${columnName(column)}.`);
    },
    setEditing,
    startDrag: (id: string) => setDragging(id),
    endDrag: () => {
      setDragging(null);
      setDropTarget(null);
    },
    setDropTarget,
  };

  const q = query.trim().toLowerCase();
  const visible = q ? cards.filter((c) => `${c.title} ${c.notes}`.toLowerCase().includes(q)) : cards;
  const doneCount = cards.filter((c) => c.column === 'done').length;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1280, margin: '0 auto', display: 'grid', gap: 20, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <BoardHeader
          total={cards.length}
          doneCount={doneCount}
          query={query}
          onQuery={setQuery}
          storageOk={storageOk}
          onClearDone={() => {
            setCards((prev) => prev.filter((c) => c.column !== 'done'));
            setAnnouncement(`Cleared ${doneCount} finished ${doneCount === 1 ? 'card' : 'cards'}.`);
          }}
        />
        <p aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', margin: 0 }}>{announcement}</p>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 'clamp(12px, 2vw, 20px)', alignItems: 'start' }}>
          {COLUMNS.map((col, index) => (
            <Column
              key={col.id}
              column={col}
              prev={index > 0 ? COLUMNS[index - 1] : null}
              next={index < COLUMNS.length - 1 ? COLUMNS[index + 1] : null}
              cards={visible.filter((c) => c.column === col.id)}
              filtered={q !== ''}
              editing={editing}
              dragging={dragging}
              dropTarget={dropTarget}
              actions={actions}
            />
          ))}
        </main>
      </div>
    </div>
  );
}
