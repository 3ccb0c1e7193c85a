import type { Item } from './spec';

// How a composed app shows its items: a search, a category filter and a sort order over
// them, prices and dates in the visitor's own format. The same whether the items are kept
// in this browser or shared.

export type SortKey = 'newest' | 'oldest' | 'title' | 'rating' | 'price';

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
