import { theme } from '../theme';
import { spec } from '../spec';
import type { Item } from '../spec';
import { longDate, money } from '../items';
import { button, card, grid, pill } from '../look';
import Stars from './Stars';

interface ItemCardsProps {
  items: Item[];
  onOpen?: (id: string) => void;
  onAddToCart?: (id: string) => void;
}

/** The items as cards; each opens its detail view when the app has one. */
export default function ItemCards({ items, onOpen, onAddToCart }: ItemCardsProps) {
  if (items.length === 0) {
    return (
      <p data-testid="empty" style={{ ...card, textAlign: 'center', color: theme.muted, margin: 0 }}>
        No {spec.kinds} match.
      </p>
    );
  }
  return (
    <ul data-testid="items" style={{ ...grid(250), listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item) => (
        <li key={item.id} data-testid="item" style={{ ...card, display: 'grid', gap: 8, alignContent: 'start' }}>
          <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
            <span style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
              <span style={pill()}>{item.category}</span>
              {item.example && <span data-testid="example" style={pill(theme.muted)}>Example</span>}
            </span>
            <span style={{ color: theme.muted, fontSize: 13 }}>{longDate(item.date)}</span>
          </span>
          <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 19 }}>{item.title}</h3>
          <p style={{ margin: 0, color: theme.muted, fontSize: 15 }}>{item.summary}</p>
          {item.author && <span style={{ color: theme.muted, fontSize: 13 }}>Added by {item.author}</span>}
          {spec.rating && <Stars value={item.rating ?? 0} />}
          {spec.price && <strong>{money(item.price)}</strong>}
          <span style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {onOpen && (
              <button type="button" data-testid="open-item" onClick={() => onOpen(item.id)} style={button('primary', true)}>
                Open
              </button>
            )}
            {onAddToCart && (
              <button type="button" data-testid="add-to-cart" onClick={() => onAddToCart(item.id)} style={button('secondary', true)}>
                Add to cart
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
