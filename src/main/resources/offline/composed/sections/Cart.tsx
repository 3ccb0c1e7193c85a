import { useState } from 'react';
import { theme } from '../theme';
import type { Item } from '../spec';
import { money } from '../items';
import { button, card, heading } from '../look';

interface CartProps {
  cart: Record<string, number>;
  find: (id: string) => Item | undefined;
  onQuantity: (id: string, quantity: number) => void;
  onCheckout: () => void;
}

/** The cart: lines, quantities, the total and a checkout that confirms the order (no payment is taken). */
export default function Cart({ cart, find, onQuantity, onCheckout }: CartProps) {
  const [ordered, setOrdered] = useState(false);
  const lines = Object.entries(cart).map(([id, quantity]) => ({ item: find(id), id, quantity })).filter((l) => l.item);
  const total = lines.reduce((sum, l) => sum + (l.item?.price ?? 0) * l.quantity, 0);
  return (
    <section aria-label="Cart" data-testid="cart" style={{ ...card, display: 'grid', gap: 12 }}>
      <h2 style={heading}>Your cart</h2>
      {ordered && lines.length === 0 && <p role="status" style={{ margin: 0, color: theme.success }}>Thank you: your order is placed (a demo, no payment is taken).</p>}
      {lines.length === 0 && !ordered && <p style={{ margin: 0, color: theme.muted }}>The cart is empty.</p>}
      {lines.map((l) => (
        <div key={l.id} style={{ display: 'flex', justifyContent: 'space-between', gap: 10, flexWrap: 'wrap', alignItems: 'center' }}>
          <span>{l.item?.title}</span>
          <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <button type="button" aria-label="One less" onClick={() => onQuantity(l.id, l.quantity - 1)} style={button('secondary', true)}>−</button>
            <span aria-label="Quantity">{l.quantity}</span>
            <button type="button" aria-label="One more" onClick={() => onQuantity(l.id, l.quantity + 1)} style={button('secondary', true)}>+</button>
            <strong>{money((l.item?.price ?? 0) * l.quantity)}</strong>
          </span>
        </div>
      ))}
      {lines.length > 0 && (
        <>
          <strong>Total {money(total)}</strong>
          <button type="button" data-testid="checkout" onClick={() => { onCheckout(); setOrdered(true); }} style={{ ...button('primary'), justifySelf: 'start' }}>
            Check out
          </button>
        </>
      )}
    </section>
  );
}
