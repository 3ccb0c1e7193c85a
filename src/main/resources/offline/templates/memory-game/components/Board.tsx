import { useViewportWidth } from '../theme';
import type { Card } from '../game';
import CardTile from './CardTile';

interface BoardProps {
  deck: Card[];
  flipped: number[];
  columns: number;
  mobileColumns: number;
  onFlip: (index: number) => void;
}

export default function Board({ deck, flipped, columns, mobileColumns, onFlip }: BoardProps) {
  const narrow = useViewportWidth() < 560;
  const cols = narrow ? mobileColumns : columns;
  return (
    <div role="grid" aria-label="Cards" data-testid="board" style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gap: 'clamp(8px, 1.6vw, 14px)', maxWidth: cols * (cols > 4 ? 112 : 130), width: '100%', margin: '0 auto' }}>
      {deck.map((card, i) => (
        <CardTile key={card.id} index={i} card={card} faceUp={card.matched || flipped.includes(i)} mismatch={flipped.length === 2 && flipped.includes(i)} onFlip={() => onFlip(i)} />
      ))}
    </div>
  );
}
