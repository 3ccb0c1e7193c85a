import { useState } from 'react';
import { collection, useCollection, useUser } from 'faibric/data';
import type { AppUser, DataError, Row } from 'faibric/data';
import { spec } from './spec';
import type { Item } from './spec';
import { useCart } from './cart';
import type { CartState } from './cart';
import { useRatings } from './ratings';

// The app's items, shared by every visitor through the app's data API (the answer's
// "database"): everyone sees them, live, and members sign up to add theirs; whoever added
// an item may delete it. Until the first real item exists, the samples of spec.ts are
// shown, marked as examples. The cart is each visitor's own, kept in this browser.

export { longDate, money, view } from './view';
export type { SortKey } from './view';

/** An item as the data API keeps it; id, dates and owner are set by the server. */
export interface ItemRow extends Row {
  title: string;
  summary: string | null;
  category: string;
  date: string | null;
  price?: number | null;
}

export type Draft = Omit<Item, 'id' | 'date'> & { date?: string };

export interface Store extends CartState {
  items: Item[];
  /** True while nobody has added an item yet, and the samples are shown as examples. */
  examples: boolean;
  loading: boolean;
  /** What failed last: loading the items, or deleting or rating one. */
  error: DataError | null;
  reload: () => void;
  user: AppUser | null;
  /** Whether the signed-in member may delete this item (they added it, or run the app). */
  owns: (item: Item) => boolean;
  add: (draft: Draft) => Promise<void>;
  remove: (id: string) => void;
  rate: (id: string, rating: number) => void;
  find: (id: string | null) => Item | undefined;
}

const rows = collection<ItemRow>('items');

function toItem(row: ItemRow, rating: number): Item {
  return {
    id: String(row.id),
    title: row.title,
    summary: row.summary ?? '',
    category: row.category,
    date: (row.date ?? row.createdAt).slice(0, 10),
    price: typeof row.price === 'number' ? row.price : undefined,
    rating: spec.rating ? rating : undefined,
    owner: row.owner,
    author: row.ownerName ?? undefined,
  };
}

/** The shared items (the newest 200), live, and the visitor's cart. */
export function useStore(): Store {
  const { user } = useUser();
  const list = useCollection<ItemRow>('items', { sort: '-createdAt', limit: 200 });
  const ratings = useRatings(user?.id ?? null);
  const cart = useCart();
  const [failure, setFailure] = useState<DataError | null>(null);
  const examples = !list.loading && !list.error && list.total === 0;
  const items = examples ? spec.items.map((item) => ({ ...item, example: true })) : list.items.map((row) => toItem(row, ratings.of(row.id)));
  const attempt = (work: Promise<unknown>) => {
    setFailure(null);
    work.catch((error: DataError) => setFailure(error));
  };
  return {
    ...cart,
    items,
    examples,
    loading: list.loading,
    error: list.error ?? failure,
    reload: () => {
      setFailure(null);
      list.reload();
    },
    user,
    owns: (item) => !!user && !item.example && (item.owner === user.id || user.admin),
    add: async (draft) => {
      await rows.create({
        title: draft.title,
        summary: draft.summary,
        category: draft.category,
        date: (draft.date || new Date().toISOString().slice(0, 10)) + 'T12:00:00Z',
        ...(spec.price && typeof draft.price === 'number' && Number.isFinite(draft.price) ? { price: draft.price } : {}),
      });
    },
    remove: (id) => attempt(rows.remove(id)),
    rate: (id, rating) => attempt(ratings.rate(Number(id), rating)),
    find: (id) => items.find((i) => i.id === id),
  };
}
