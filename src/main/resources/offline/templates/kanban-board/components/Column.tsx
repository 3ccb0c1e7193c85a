import type { DragEvent } from 'react';
import type { BoardActions, Card, ColumnId, DropTarget } from '../board';
import { theme, alpha } from '../theme';
import CardItem from './CardItem';
import CardEditor from './CardEditor';

interface ColumnMeta {
  id: ColumnId;
  title: string;
  icon: string;
  empty: string;
}

interface ColumnProps {
  column: ColumnMeta;
  prev: ColumnMeta | null;
  next: ColumnMeta | null;
  cards: Card[];
  filtered: boolean;
  editing: string | null;
  dragging: string | null;
  dropTarget: DropTarget | null;
  actions: BoardActions;
}

export default function Column({ column, prev, next, cards, filtered, editing, dragging, dropTarget, actions }: ColumnProps) {
  const isTarget = dragging !== null && dropTarget?.column === column.id;
  const newKey = `new:${column.id}`;

  const indicator = (key: string) => <div key={key} aria-hidden="true" style={{ height: 4, borderRadius: 2, background: theme.primary, margin: '-2px 0' }} />;

  // Dropping on the upper half of a card inserts before it, on the lower half after it.
  const onDragOverCard = (e: DragEvent<HTMLElement>, card: Card) => {
    if (!dragging) return;
    e.preventDefault();
    e.stopPropagation();
    const rect = e.currentTarget.getBoundingClientRect();
    const after = e.clientY > rect.top + rect.height / 2;
    const index = cards.findIndex((c) => c.id === card.id);
    const beforeId = after ? (cards[index + 1]?.id ?? null) : card.id;
    if (dropTarget?.column !== column.id || dropTarget.beforeId !== beforeId) actions.setDropTarget({ column: column.id, beforeId });
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('text/plain') || dragging;
    const beforeId = dropTarget?.column === column.id ? dropTarget.beforeId : null;
    if (id) actions.move(id, column.id, beforeId === id ? null : beforeId);
    actions.endDrag();
  };

  return (
    <section
      aria-label={column.title}
      data-testid={`column-${column.id}`}
      onDragOver={(e) => {
        if (!dragging) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (dropTarget?.column !== column.id || dropTarget.beforeId !== null) actions.setDropTarget({ column: column.id, beforeId: null });
      }}
      onDrop={onDrop}
      style={{
        background: isTarget ? alpha(theme.primary, theme.isDark ? 0.16 : 0.08) : theme.subtle,
        border: `2px dashed ${isTarget ? theme.primary : 'transparent'}`,
        borderRadius: 20,
        padding: 12,
        display: 'grid',
        gap: 10,
        minHeight: 200,
        alignContent: 'start',
        transition: 'background 120ms',
      }}
    >
      <header style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 6px' }}>
        <span aria-hidden="true">{column.icon}</span>
        <h2 style={{ margin: 0, fontSize: 17, fontFamily: theme.heading }}>{column.title}</h2>
        <span data-testid={`count-${column.id}`} style={{ marginLeft: 'auto', fontSize: 13, fontWeight: 700, color: theme.muted, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 999, padding: '2px 10px' }}>
          {cards.length}
        </span>
      </header>

      {cards.length === 0 && editing !== newKey && (
        <p style={{ margin: 0, padding: '18px 12px', textAlign: 'center', color: theme.muted, fontSize: 14, border: `1px dashed ${theme.border}`, borderRadius: 14 }}>
          {filtered ? 'No matching cards.' : column.empty}
        </p>
      )}

      {cards.flatMap((card) => {
        const showIndicator = isTarget && dropTarget?.beforeId === card.id && dragging !== card.id;
        return [
          ...(showIndicator ? [indicator(`drop-${card.id}`)] : []),
          editing === card.id ? (
            <CardEditor
              key={card.id}
              initial={{ title: card.title, notes: card.notes, priority: card.priority }}
              submitLabel="Save"
              onSave={(draft) => actions.update(card.id, draft)}
              onCancel={() => actions.setEditing(null)}
            />
          ) : (
            <CardItem key={card.id} card={card} prev={prev} next={next} dragging={dragging === card.id} actions={actions} onDragOverCard={onDragOverCard} />
          ),
        ];
      })}
      {isTarget && dropTarget?.beforeId === null && cards.length > 0 && indicator('drop-end')}

      {editing === newKey ? (
        <CardEditor submitLabel="Add card" onSave={(draft) => actions.add(column.id, draft)} onCancel={() => actions.setEditing(null)} />
      ) : (
        <button
          type="button"
          data-testid={`add-${column.id}`}
          onClick={() => actions.setEditing(newKey)}
          style={{ padding: '10px 12px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 15, cursor: 'pointer', textAlign: 'left', fontFamily: theme.body }}
        >
          + Add a card
        </button>
      )}
    </section>
  );
}
