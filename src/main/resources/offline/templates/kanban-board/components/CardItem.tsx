import { useState } from 'react';
import type { DragEvent } from 'react';
import type { BoardActions, Card, ColumnId } from '../board';
import { theme, alpha, onColor } from '../theme';

interface CardItemProps {
  card: Card;
  prev: { id: ColumnId; title: string } | null;
  next: { id: ColumnId; title: string } | null;
  dragging: boolean;
  actions: BoardActions;
  onDragOverCard: (e: DragEvent<HTMLElement>, card: Card) => void;
}

const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export default function CardItem({ card, prev, next, dragging, actions, onDragOverCard }: CardItemProps) {
  const [confirmDelete, setConfirmDelete] = useState<boolean>(false);
  const priorityColor = card.priority === 'high' ? theme.danger : card.priority === 'medium' ? theme.warning : theme.muted;

  const small = {
    padding: '6px 10px',
    borderRadius: 8,
    border: `1px solid ${theme.border}`,
    background: 'transparent',
    color: theme.text,
    fontSize: 13,
    fontWeight: 600,
    cursor: 'pointer',
    fontFamily: theme.body,
  } as const;

  return (
    <article
      draggable
      data-testid={`card-${card.id}`}
      data-card-title={card.title}
      aria-label={card.title}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', card.id);
        e.dataTransfer.effectAllowed = 'move';
        actions.startDrag(card.id);
      }}
      onDragEnd={actions.endDrag}
      onDragOver={(e) => onDragOverCard(e, card)}
      style={{
        background: theme.surface,
        borderRadius: 14,
        padding: '12px 14px',
        border: `1px solid ${theme.border}`,
        borderLeft: `4px solid ${priorityColor}`,
        boxShadow: theme.shadowSmall,
        cursor: 'grab',
        opacity: dragging ? 0.4 : card.column === 'done' ? 0.85 : 1,
        display: 'grid',
        gap: 8,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <h3 style={{ margin: 0, fontSize: 16, fontWeight: 700, lineHeight: 1.35, overflowWrap: 'anywhere', textDecoration: card.column === 'done' ? 'line-through' : 'none', textDecorationColor: alpha(theme.text, 0.4) }}>{card.title}</h3>
        <span style={{ flexShrink: 0, fontSize: 11, fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.06em', color: priorityColor, background: alpha(priorityColor, 0.12), padding: '3px 8px', borderRadius: 999 }}>
          {PRIORITY_LABEL[card.priority]}
        </span>
      </div>
      {card.notes && <p style={{ margin: 0, fontSize: 14, color: theme.muted, lineHeight: 1.5, overflowWrap: 'anywhere' }}>{card.notes}</p>}
      {confirmDelete ? (
        <div role="alert" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', fontSize: 14 }}>
          <span>Delete this card?</span>
          <button type="button" data-testid="confirm-delete" onClick={() => actions.remove(card.id)} style={{ ...small, background: theme.danger, color: onColor(theme.danger), border: 'none' }}>
            Delete
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)} style={small}>Keep</button>
        </div>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
          {prev && (
            <button type="button" aria-label={`Move to ${prev.title}`} title={`Move to ${prev.title}`} data-testid="move-left" onClick={() => actions.move(card.id, prev.id, null)} style={small}>
              ←
            </button>
          )}
          {next && (
            <button type="button" aria-label={`Move to ${next.title}`} title={`Move to ${next.title}`} data-testid="move-right" onClick={() => actions.move(card.id, next.id, null)} style={small}>
              →
            </button>
          )}
          <span style={{ flex: 1 }} />
          <button type="button" data-testid="edit-card" onClick={() => actions.setEditing(card.id)} style={small}>Edit</button>
          <button type="button" data-testid="delete-card" aria-label={`Delete ${card.title}`} onClick={() => setConfirmDelete(true)} style={small}>🗑</button>
        </div>
      )}
    </article>
  );
}
