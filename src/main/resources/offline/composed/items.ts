import { useEffect, useState } from 'react';
import { config } from './config';
import { spec } from './spec';
import type { Item } from './spec';

// The app's items, kept in this browser (localStorage): the samples at first, then what the
// visitor adds, rates, comments and puts in the cart.

export type SortKey = 'newest' | 'oldest' | 'title' | 'rating' | 'price';

export interface Comment {
  item: string;
  author: string;
  body: string;
  at: number;
}

interface Saved {
  items: Item[];
  comments: Comment[];
  cart: Record<string, number>;
}

const KEY = 'composed:' + config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function load(): Saved {
  const fresh: Saved = { items: spec.items.map((item) => ({ ...item })), comments: [], cart: {} };
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return fresh;
    const saved = JSON.parse(raw) as Partial<Saved>;
    return { items: Array.isArray(saved.items) ? saved.items : fresh.items, comments: Array.isArray(saved.comments) ? saved.comments : [], cart: saved.cart && typeof saved.cart === 'object' ? saved.cart : {} };
  } catch {
    return fresh;
  }
}

export interface Store extends Saved {
  add: (item: Omit<Item, 'id' | 'date'> & { date?: string }) => void;
  remove: (id: string) => void;
  rate: (id: string, rating: number) => void;
  comment: (item: string, author: string, body: string) => void;
  setQuantity: (id: string, quantity: number) => void;
  clearCart: () => void;
  find: (id: string | null) => Item | undefined;
}

/** The items and what the visitor did with them, saved on every change. */
export function useStore(): Store {
  const [saved, setSaved] = useState<Saved>(load);
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
    add: (draft) => items((list) => [{ ...draft, id: 'i' + Date.now().toString(36), date: draft.date || new Date().toISOString().slice(0, 10) }, ...list]),
    remove: (id) => items((list) => list.filter((i) => i.id !== id)),
    rate: (id, rating) => items((list) => list.map((i) => (i.id === id ? { ...i, rating } : i))),
    comment: (item, author, body) => setSaved((s) => ({ ...s, comments: [...s.comments, { item, author: author.trim() || 'A visitor', body: body.trim(), at: Date.now() }] })),
    setQuantity: (id, quantity) => setSaved((s) => {
      const cart = { ...s.cart };
      if (quantity > 0) cart[id] = quantity;
      else delete cart[id];
      return { ...s, cart };
    }),
    clearCart: () => setSaved((s) => ({ ...s, cart: {} })),
    find: (id) => saved.items.find((i) => i.id === id),
  };
}

/** The items a search, a category filter and a sort order leave, in that order. */
export function view(list: Item[], query: string, category: string, sort: SortKey): Item[] {
  const q = query.trim().toLowerCase();
  const kept = list.filter((i) => (category === 'all' || i.category === category) && (!q || `${i.title} ${i.summary} ${i.category}`.toLowerCase().includes(q)));
  const by: Record<SortKey, (a: Item, b: Item) => number> = {
    newest: (a, b) => b.date.localeCompare(a.date),
    oldest: (a, b) => a.date.localeCompare(b.date),
    title: (a, b) => a.title.localeCompare(b.title),
    rating: (a, b) => (b.rating ?? 0) - (a.rating ?? 0),
    price: (a, b) => (a.price ?? 0) - (b.price ?? 0),
  };
  return [...kept].sort(by[sort]);
}

export function money(value: number | undefined): string {
  return typeof value === 'number' ? value.toLocaleString(undefined, { style: 'currency', currency: 'USD' }) : '';
}

export function longDate(iso: string): string {
  const date = new Date(iso + 'T12:00:00');
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
