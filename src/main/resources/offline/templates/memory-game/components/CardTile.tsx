import { theme, alpha } from '../theme';
import { SYMBOL_NAMES } from '../game';
import type { Card } from '../game';

interface CardTileProps {
  index: number;
  card: Card;
  faceUp: boolean;
  mismatch: boolean;
  onFlip: () => void;
}

export default function CardTile({ index, card, faceUp, mismatch, onFlip }: CardTileProps) {
  const name = SYMBOL_NAMES[card.symbol] ?? 'card';
  const label = card.matched ? `Card ${index + 1}: ${name}, matched` : faceUp ? `Card ${index + 1}: ${name}` : `Card ${index + 1}, face down`;
  const face = { position: 'absolute' as const, inset: 0, borderRadius: 14, backfaceVisibility: 'hidden' as const, WebkitBackfaceVisibility: 'hidden' as const, display: 'grid', placeItems: 'center' };
  return (
    <div role="gridcell" style={{ perspective: 700 }}>
      <button
        type="button"
        data-testid={`card-${index}`}
        data-state={card.matched ? 'matched' : faceUp ? 'up' : 'down'}
        aria-label={label}
        aria-disabled={card.matched || faceUp}
        onClick={onFlip}
        style={{ position: 'relative', display: 'block', width: '100%', aspectRatio: '3 / 4', padding: 0, border: 'none', background: 'transparent', cursor: card.matched || faceUp ? 'default' : 'pointer', transformStyle: 'preserve-3d', transition: 'transform 380ms cubic-bezier(.2,.7,.3,1)', transform: faceUp ? 'rotateY(180deg)' : 'none', fontFamily: theme.body }}
      >
        <span aria-hidden="true" style={{ ...face, background: theme.primaryGradient, boxShadow: theme.shadowSmall, border: `2px solid ${alpha(theme.onPrimary, 0.18)}` }}>
          <svg viewBox="0 0 60 80" width="70%" height="70%">
            <rect x="6" y="6" width="48" height="68" rx="8" fill="none" stroke={alpha(theme.onPrimary, 0.35)} strokeWidth="2" strokeDasharray="4 4" />
            <text x="30" y="44" textAnchor="middle" fontSize="22" fontWeight="800" fill={alpha(theme.onPrimary, 0.8)} fontFamily={theme.heading}>?</text>
          </svg>
        </span>
        <span
          aria-hidden="true"
          style={{ ...face, transform: 'rotateY(180deg)', background: card.matched ? alpha(theme.success, 0.14) : theme.surface, border: `2px solid ${card.matched ? theme.success : mismatch ? theme.danger : theme.border}`, boxShadow: theme.shadowSmall, fontSize: 'clamp(28px, 7vw, 48px)', opacity: card.matched ? 0.85 : 1 }}
        >
          {faceUp ? card.symbol : ''}
        </span>
      </button>
    </div>
  );
}
