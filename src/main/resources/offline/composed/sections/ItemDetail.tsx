import type { ReactNode } from 'react';
import { theme } from '../theme';
import { spec } from '../spec';
import type { Item } from '../spec';
import { longDate, money } from '../items';
import { button, card, pill } from '../look';
import Stars from './Stars';

interface ItemDetailProps {
  item: Item;
  onBack: () => void;
  onRate?: (rating: number) => void;
  onAddToCart?: () => void;
  onRemove?: () => void;
  /** What follows the item, such as its comments. */
  children?: ReactNode;
}

/** One item on its own page, with what the app lets a visitor do with it. */
export default function ItemDetail({ item, onBack, onRate, onAddToCart, onRemove, children }: ItemDetailProps) {
  return (
    <article data-testid="item-detail" style={{ ...card, display: 'grid', gap: 14 }}>
      <button type="button" onClick={onBack} style={{ ...button('ghost', true), justifySelf: 'start' }}>
        ← All {spec.kinds}
      </button>
      <span style={{ display: 'flex', gap: 10, flexWrap: 'wrap', alignItems: 'center' }}>
        <span style={pill()}>{item.category}</span>
        {item.example && <span style={pill(theme.muted)}>Example</span>}
        <span style={{ color: theme.muted, fontSize: 14 }}>{longDate(item.date)}{item.author ? ` · added by ${item.author}` : ''}</span>
      </span>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 4vw, 34px)' }}>{item.title}</h2>
      <p style={{ margin: 0, fontSize: 17, lineHeight: 1.6, whiteSpace: 'pre-wrap' }}>{item.summary}</p>
      {spec.price && <strong style={{ fontSize: 20 }}>{money(item.price)}</strong>}
      {spec.rating && <Stars value={item.rating ?? 0} onRate={onRate} />}
      <span style={{ display: 'flex', gap: 10, flexWrap: 'wrap' }}>
        {onAddToCart && (
          <button type="button" onClick={onAddToCart} style={button('primary')}>
            Add to cart
          </button>
        )}
        {onRemove && (
          <button type="button" data-testid="remove-item" onClick={onRemove} style={button('secondary')}>
            Delete this {spec.kind}
          </button>
        )}
      </span>
      {children}
    </article>
  );
}
