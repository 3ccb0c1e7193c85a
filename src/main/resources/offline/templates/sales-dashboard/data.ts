export interface Product {
  id: string;
  name: string;
  category: string;
  price: number;
}

export const PRODUCTS: Product[] = [
  { id: 'gift', name: 'Gift card', category: 'Gifts', price: 50 },
  { id: 'starter', name: 'Starter bundle', category: 'Bundles', price: 39 },
  { id: 'premium', name: 'Premium bundle', category: 'Bundles', price: 89 },
  { id: 'monthly', name: 'Monthly membership', category: 'Memberships', price: 29 },
  { id: 'annual', name: 'Annual membership', category: 'Memberships', price: 290 },
  { id: 'workshop', name: 'Workshop seat', category: 'Events', price: 65 },
  { id: 'private', name: 'Private booking', category: 'Events', price: 240 },
  { id: 'merch', name: 'Merch pack', category: 'Retail', price: 24 },
];

export const CHANNELS = ['In store', 'Online', 'Phone', 'Partners'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PERIODS = [3, 6, 12, 24] as const;
export type Period = (typeof PERIODS)[number];

const HISTORY = 48;

/** Deterministic pseudo-random numbers, so the demo data is the same on every load. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MonthRow {
  date: Date;
  /** units[productIndex][channelIndex] */
  units: number[][];
}

const BASE_UNITS = [38, 90, 42, 120, 9, 34, 6, 70];
const CHANNEL_SHARE = [0.46, 0.32, 0.08, 0.14];
const SEASON = [0.82, 0.86, 0.95, 1.0, 1.04, 1.02, 0.96, 0.94, 1.03, 1.08, 1.18, 1.42];

function generate(): MonthRow[] {
  const rand = mulberry32(20240611);
  const now = new Date();
  const rows: MonthRow[] = [];
  // The history ends with the last complete month.
  for (let i = HISTORY; i >= 1; i--) {
    const date = new Date(now.getFullYear(), now.getMonth() - i, 1);
    const growth = 1 + (HISTORY - i) * 0.012;
    const season = SEASON[date.getMonth()];
    const units = BASE_UNITS.map((base, p) =>
      CHANNEL_SHARE.map((share, c) => {
        const giftBoost = p === 0 && date.getMonth() === 11 ? 2.2 : 1;
        const onlineShift = c === 1 ? 1 + (HISTORY - i) * 0.01 : 1;
        return Math.max(0, Math.round(base * share * growth * season * giftBoost * onlineShift * (0.85 + rand() * 0.3)));
      }),
    );
    rows.push({ date, units });
  }
  return rows;
}

export const MONTHS: MonthRow[] = generate();

export interface Totals {
  revenue: number;
  orders: number;
  byProduct: { units: number; revenue: number }[];
}

function channelIndexes(channel: Channel | 'All'): number[] {
  return channel === 'All' ? CHANNELS.map((_, i) => i) : [CHANNELS.indexOf(channel)];
}

export function monthRevenue(row: MonthRow, channel: Channel | 'All'): number {
  const idx = channelIndexes(channel);
  return row.units.reduce((sum, perChannel, p) => sum + idx.reduce((s, c) => s + perChannel[c], 0) * PRODUCTS[p].price, 0);
}

export function totals(rows: MonthRow[], channel: Channel | 'All'): Totals {
  const idx = channelIndexes(channel);
  const byProduct = PRODUCTS.map((product, p) => {
    const units = rows.reduce((sum, r) => sum + idx.reduce((s, c) => s + r.units[p][c], 0), 0);
    return { units, revenue: units * product.price };
  });
  return {
    revenue: byProduct.reduce((s, b) => s + b.revenue, 0),
    orders: byProduct.reduce((s, b) => s + b.units, 0),
    byProduct,
  };
}

/** The selected period and the period of the same length right before it. */
export function periodRows(period: Period): { current: MonthRow[]; previous: MonthRow[] } {
  return { current: MONTHS.slice(-period), previous: MONTHS.slice(-2 * period, -period) };
}

export function change(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

export const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
export const moneyCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const moneyCompact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
export const count = new Intl.NumberFormat('en-US');

export function monthLabel(date: Date, withYear = false): string {
  return new Intl.DateTimeFormat('en-US', withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(date);
}
