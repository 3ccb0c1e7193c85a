import { useEffect, useState } from 'react';
import { config } from './config';

// Each visitor's own cart, kept in this browser (localStorage), as carts are: item id to
// quantity.

export type Cart = Record<string, number>;

const KEY = 'composed-cart:' + config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function load(): Cart {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as unknown;
    return saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Cart) : {};
  } catch {
    return {};
  }
}

export interface CartState {
  cart: Cart;
  setQuantity: (id: string, quantity: number) => void;
  clearCart: () => void;
}

/** The visitor's cart, saved on every change. */
export function useCart(): CartState {
  const [cart, setCart] = useState<Cart>(load);
  useEffect(() => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(cart));
    } catch {
      // private mode or a full quota: the cart still works for this visit
    }
  }, [cart]);
  return {
    cart,
    setQuantity: (id, quantity) =>
      setCart((before) => {
        const next = { ...before };
        if (quantity > 0) next[id] = quantity;
        else delete next[id];
        return next;
      }),
    clearCart: () => setCart({}),
  };
}
