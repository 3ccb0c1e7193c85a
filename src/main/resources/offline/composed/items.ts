import { useEffect, useState } from 'react';
import { config } from './config';
import { spec } from './spec';
import type { Item } from './spec';
import { useCart } from './cart';
import type { CartState } from './cart';

// The app's items, kept in this browser (localStorage): the samples at first, then what the
// visitor adds, rates and comments; the cart is kept beside them.

export { longDate, money, view } from './view';
export type { SortKey } from './view';

export interface Comment {
  item: string;
  author: string;
  body: string;
  at: number;
}

interface Saved {
  items: Item[];
  comments: Comment[];
}

const KEY = 'composed:' + config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function load(): Saved {
  const fresh: Saved = { items: spec.items.map((item) => ({ ...item })), comments: [] };
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return fresh;
    const saved = JSON.parse(raw) as Partial<Saved>;
    return { items: Array.isArray(saved.items) ? saved.items : fresh.items, comments: Array.isArray(saved.comments) ? saved.comments : [] };
  } catch {
    return fresh;
  }
}

export interface Store extends Saved, CartState {
  add: (item: Omit<Item, 'id' | 'date'> & { date?: string }) => void;
  remove: (id: string) => void;
  rate: (id: string, rating: number) => void;
  comment: (item: string, author: string, body: string) => void;
  find: (id: string | null) => Item | undefined;
}

/** The items and what the visitor did with them, saved on every change. */
export function useStore(): Store {
  const [saved, setSaved] = useState<Saved>(load);
  const cart = useCart();
  useEffect(() => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // private mode or a full quota: the app still works for this visit
    }
  }, [saved]);
  const items = (fn: (list: Item[]) => Item[]) => setSaved((s) => ({ ...s, items: fn(s.items) }));
  return {
    ...saved,
    ...cart,
    add: (draft) => items((list) => [{ ...draft, id: 'i' + Date.now().toString(36), date: draft.date || new Date().toISOString().slice(0, 10) }, ...list]),
    remove: (id) => items((list) => list.filter((i) => i.id !== id)),
    rate: (id, rating) => items((list) => list.map((i) => (i.id === id ? { ...i, rating } : i))),
    comment: (item, author, body) => setSaved((s) => ({ ...s, comments: [...s.comments, { item, author: author.trim() || 'A visitor', body: body.trim(), at: Date.now() }] })),
    find: (id) => saved.items.find((i) => i.id === id),
  };
}
