import { useEffect, useState } from 'react';
import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';
import { config } from './config';

// The shop's data: products and categories (the admin manages them), orders (each customer
// sees their own, the admin sees all) on the server, and the visitor's cart, which is private
// and stays in this browser.

export const CURRENCY = 'USD';

export interface Category extends Row {
  name: string;
}

export interface Product extends Row {
  name: string;
  description: string | null;
  price: number;
  stock: number;
  category: number | null;
  imageUrl: string | null;
  active: boolean;
}

export type OrderStatus = 'placed' | 'paid' | 'shipped' | 'cancelled';

export interface Order extends Row {
  customerName: string;
  email: string;
  address: string;
  note: string | null;
  items: string;
  itemCount: number;
  total: number;
  status: OrderStatus;
}

/** One line of an order as written at checkout (name and price as they were then). */
export interface OrderLine {
  product: number;
  name: string;
  price: number;
  quantity: number;
}

export const STATUSES: { id: OrderStatus; label: string; tone: 'muted' | 'warning' | 'primary' | 'success' | 'danger' }[] = [
  { id: 'placed', label: 'Placed', tone: 'warning' },
  { id: 'paid', label: 'Paid', tone: 'primary' },
  { id: 'shipped', label: 'Shipped', tone: 'success' },
  { id: 'cancelled', label: 'Cancelled', tone: 'danger' },
];

export const products = collection<Product>('products');
export const categories = collection<Category>('categories');
export const orders = collection<Order>('orders');

export function orderLines(order: Order): OrderLine[] {
  try {
    const parsed: unknown = JSON.parse(order.items);
    return Array.isArray(parsed) ? (parsed as OrderLine[]).filter((l) => l && typeof l.name === 'string') : [];
  } catch {
    return [];
  }
}

export interface CartLine {
  product: number;
  quantity: number;
}

const CART_KEY = `shop-cart:${config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function readCart(): CartLine[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(CART_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((l): l is CartLine => l && typeof l.product === 'number' && typeof l.quantity === 'number' && l.quantity > 0);
  } catch {
    return [];
  }
}

export interface Cart {
  lines: CartLine[];
  count: number;
  add: (product: number, quantity?: number) => void;
  set: (product: number, quantity: number) => void;
  clear: () => void;
}

/** The visitor's cart: private to this browser, so it lives in localStorage (kept if that fails). */
export function useCart(): Cart {
  const [lines, setLines] = useState<CartLine[]>(readCart);
  useEffect(() => {
    try {
      window.localStorage.setItem(CART_KEY, JSON.stringify(lines));
    } catch {
      // Private mode or a full storage: the cart still works for this visit.
    }
  }, [lines]);
  const set = (product: number, quantity: number) =>
    setLines((prev) => {
      const rest = prev.filter((l) => l.product !== product);
      if (quantity <= 0) return rest;
      const at = prev.findIndex((l) => l.product === product);
      const next = [...rest];
      next.splice(at === -1 ? next.length : at, 0, { product, quantity });
      return next;
    });
  return {
    lines,
    count: lines.reduce((sum, l) => sum + l.quantity, 0),
    add: (product, quantity = 1) => setLines((prev) => {
      const line = prev.find((l) => l.product === product);
      return line ? prev.map((l) => (l === line ? { ...l, quantity: l.quantity + quantity } : l)) : [...prev, { product, quantity }];
    }),
    set,
    clear: () => setLines([]),
  };
}

export const SAMPLE_CATEGORIES = ['Coffee', 'Equipment'];

export const SAMPLE_PRODUCTS: { name: string; description: string; price: number; stock: number; category: string }[] = [
  { name: 'House Blend, 250 g', description: 'Chocolate, hazelnut and a clean finish. Roasted every Monday.', price: 12.5, stock: 40, category: 'Coffee' },
  { name: 'Ethiopia Guji, 250 g', description: 'Bright and floral, with notes of peach and bergamot.', price: 15, stock: 18, category: 'Coffee' },
  { name: 'Decaf Colombia, 250 g', description: 'Sugar-cane decaf with caramel sweetness.', price: 13, stock: 12, category: 'Coffee' },
  { name: 'Ceramic Pour-over Dripper', description: 'Hand-glazed, fits most mugs. Filters not included.', price: 28, stock: 6, category: 'Equipment' },
  { name: 'Burr Hand Grinder', description: 'Steel burrs, 40 grind settings, folds away for travel.', price: 64, stock: 4, category: 'Equipment' },
  { name: 'Glass Storage Jar', description: 'Airtight, keeps 250 g of beans fresh for weeks.', price: 18, stock: 25, category: 'Equipment' },
];
