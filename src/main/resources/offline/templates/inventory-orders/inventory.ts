import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The team's stock data (every signed-in member works with it; only the admin deletes):
// items with their stock, orders whose lines take stock out, and a movement log that
// records every change in stock and why.

export interface Item extends Row {
  sku: string;
  name: string;
  unit: string;
  stock: number;
  reorderLevel: number;
  price: number | null;
  location: string | null;
}

export type OrderStatus = 'open' | 'fulfilled' | 'cancelled';

export interface Order extends Row {
  customer: string;
  status: OrderStatus;
  lines: string;
  lineCount: number;
  note: string | null;
}

export interface OrderLine {
  item: number;
  sku: string;
  name: string;
  quantity: number;
}

export type Reason = 'received' | 'order' | 'returned' | 'adjustment';

export interface Movement extends Row {
  item: number;
  change: number;
  reason: Reason;
  order: number | null;
  note: string | null;
}

export const items = collection<Item>('items');
export const orders = collection<Order>('orders');
export const movements = collection<Movement>('movements');

export const REASONS: Record<Reason, string> = { received: 'Received', order: 'Order', returned: 'Returned', adjustment: 'Stock count' };

export function orderLines(order: Order): OrderLine[] {
  try {
    const parsed: unknown = JSON.parse(order.lines);
    return Array.isArray(parsed) ? (parsed as OrderLine[]).filter((l) => l && typeof l.item === 'number') : [];
  } catch {
    return [];
  }
}

export function isLow(item: Item): boolean {
  return item.stock <= item.reorderLevel;
}

/**
 * Changes an item's stock by `change` and logs why. The item is read again just before the
 * write, so the change applies to the latest count; stock never goes below zero.
 */
export async function moveStock(itemId: number, change: number, reason: Reason, order: number | null = null, note: string | null = null): Promise<Item> {
  const fresh = await items.get(itemId);
  const next = Math.max(0, fresh.stock + change);
  const saved = await items.update(itemId, { stock: next });
  await movements.create({ item: itemId, change: next - fresh.stock, reason, order, note });
  return saved;
}

export const SAMPLE_ITEMS = [
  { sku: 'MUG-WHT', name: 'Ceramic mug, white', unit: 'pcs', stock: 48, reorderLevel: 12, price: 8, location: 'A1' },
  { sku: 'TEE-BLK-M', name: 'T-shirt, black, M', unit: 'pcs', stock: 9, reorderLevel: 10, price: 18, location: 'B2' },
  { sku: 'TOTE-NAT', name: 'Tote bag, natural', unit: 'pcs', stock: 30, reorderLevel: 8, price: 12, location: 'B4' },
  { sku: 'STK-SET', name: 'Sticker set', unit: 'packs', stock: 120, reorderLevel: 25, price: 4, location: 'C1' },
];
