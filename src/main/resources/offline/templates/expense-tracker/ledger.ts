import { config } from './config';

export type Kind = 'income' | 'expense';

export interface Entry {
  id: string;
  kind: Kind;
  description: string;
  /** in cents, always positive */
  cents: number;
  category: string;
  /** yyyy-mm-dd */
  date: string;
}

export const CATEGORIES: Record<Kind, { name: string; icon: string }[]> = {
  expense: [
    { name: 'Groceries', icon: '🛒' },
    { name: 'Housing', icon: '🏠' },
    { name: 'Transport', icon: '🚌' },
    { name: 'Eating out', icon: '🍽️' },
    { name: 'Health', icon: '💊' },
    { name: 'Fun', icon: '🎟️' },
    { name: 'Bills', icon: '💡' },
    { name: 'Other', icon: '📦' },
  ],
  income: [
    { name: 'Salary', icon: '💼' },
    { name: 'Freelance', icon: '🧾' },
    { name: 'Gifts', icon: '🎁' },
    { name: 'Other income', icon: '💰' },
  ],
};

export function iconFor(kind: Kind, category: string): string {
  return CATEGORIES[kind].find((c) => c.name === category)?.icon ?? '•';
}

export const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' });
export const formatCents = (cents: number) => money.format(cents / 100);

export function toISODate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function monthKey(date: string): string {
  return date.slice(0, 7);
}

export function monthTitle(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
}

export function shiftMonth(key: string, delta: number): string {
  const [y, m] = key.split('-').map(Number);
  return toISODate(new Date(y, m - 1 + delta, 1)).slice(0, 7);
}

export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Parses "12.5", "12,50" or "1,234.56" into cents; null when it is not a positive amount. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(t)) return null;
  const normalized = /,\d{1,2}$/.test(t) && !t.includes('.') ? t.replace(',', '.') : t.replace(/,/g, '');
  const cents = Math.round(Number(normalized) * 100);
  return Number.isFinite(cents) && cents > 0 ? cents : null;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'budget';
}

const STORAGE_KEY = `expenses:${slug(config.title)}`;

function seed(): Entry[] {
  const now = new Date();
  const d = (monthsBack: number, day: number) => toISODate(new Date(now.getFullYear(), now.getMonth() - monthsBack, Math.min(day, monthsBack === 0 ? now.getDate() : 28)));
  const rows: [Kind, string, number, string, string][] = [
    ['income', 'Monthly salary', 320000, 'Salary', d(0, 1)],
    ['expense', 'Rent', 115000, 'Housing', d(0, 1)],
    ['expense', 'Weekly groceries', 8640, 'Groceries', d(0, 3)],
    ['expense', 'Monthly transit pass', 5900, 'Transport', d(0, 2)],
    ['expense', 'Dinner with friends', 4250, 'Eating out', d(0, 5)],
    ['expense', 'Electricity and internet', 9380, 'Bills', d(0, 4)],
    ['income', 'Logo design for a neighbour', 45000, 'Freelance', d(0, 6)],
    ['income', 'Monthly salary', 320000, 'Salary', d(1, 1)],
    ['expense', 'Rent', 115000, 'Housing', d(1, 1)],
    ['expense', 'Groceries', 31220, 'Groceries', d(1, 12)],
    ['expense', 'Concert tickets', 9800, 'Fun', d(1, 18)],
    ['expense', 'Pharmacy', 2340, 'Health', d(1, 21)],
  ];
  return rows.map(([kind, description, cents, category, date], i) => ({ id: `seed-${i}`, kind, description, cents, category, date }));
}

function isEntry(v: unknown): v is Entry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && (e.kind === 'income' || e.kind === 'expense') && typeof e.description === 'string' && typeof e.cents === 'number' && typeof e.category === 'string' && typeof e.date === 'string';
}

export function loadEntries(): { entries: Entry[]; storageAvailable: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { entries: seed(), storageAvailable: true };
    const parsed: unknown = JSON.parse(raw);
    return { entries: Array.isArray(parsed) && parsed.every(isEntry) ? parsed : seed(), storageAvailable: true };
  } catch {
    return { entries: seed(), storageAvailable: false };
  }
}

export function saveEntries(entries: Entry[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}
