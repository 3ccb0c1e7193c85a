import { config } from './config';

export type CategoryId = 'housing' | 'groceries' | 'transport' | 'bills' | 'health' | 'fun' | 'savings' | 'other';

export const CATEGORIES: { id: CategoryId; label: string; icon: string }[] = [
  { id: 'housing', label: 'Housing', icon: '🏠' },
  { id: 'groceries', label: 'Groceries', icon: '🛒' },
  { id: 'transport', label: 'Transport', icon: '🚌' },
  { id: 'bills', label: 'Bills & utilities', icon: '💡' },
  { id: 'health', label: 'Health & fitness', icon: '🩺' },
  { id: 'fun', label: 'Fun & eating out', icon: '🎬' },
  { id: 'savings', label: 'Savings & debt', icon: '🐷' },
  { id: 'other', label: 'Other', icon: '📦' },
];

export interface Income {
  id: string;
  source: string;
  amount: number;
}

export interface Expense {
  id: string;
  name: string;
  category: CategoryId;
  planned: number;
  actual: number;
}

export interface MonthPlan {
  income: Income[];
  expenses: Expense[];
}

export interface Store {
  currency: string;
  months: Record<string, MonthPlan>;
}

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'INR', 'JPY', 'SEK', 'NZD'];
export const MAX_AMOUNT = 10_000_000;

export function monthKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function shiftMonth(key: string, delta: number): string {
  const [y, m] = key.split('-').map(Number);
  return monthKey(new Date(y, m - 1 + delta, 1));
}

export function monthLabel(key: string, short = false): string {
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: short ? 'short' : 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
}

export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
}

/** Accepts "1,234.50", "1234,5" or "1234"; null when it is not a valid amount. */
export function parseAmount(value: string): number | null {
  let v = value.trim().replace(/\s/g, '');
  if (v === '') return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
  else v = v.replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) && n <= MAX_AMOUNT ? n : null;
}

export function amountProblem(value: string, required = true): string | null {
  if (value.trim() === '') return required ? 'Enter an amount.' : null;
  if (value.trim().startsWith('-')) return "Amounts can't be negative.";
  if (parseAmount(value) === null) return 'Use a number with up to two decimals, e.g. 120.50.';
  return null;
}

const SEED_EXPENSES: [string, CategoryId, number, number][] = [
  ['Rent', 'housing', 1450, 1450],
  ['Home insurance', 'housing', 35, 35],
  ['Supermarket', 'groceries', 480, 452.8],
  ['Farmers market', 'groceries', 60, 71.3],
  ['Transit pass', 'transport', 89, 89],
  ['Fuel', 'transport', 80, 64.5],
  ['Electricity & gas', 'bills', 110, 126.4],
  ['Internet & phone', 'bills', 65, 65],
  ['Gym membership', 'health', 39, 39],
  ['Pharmacy', 'health', 25, 12.9],
  ['Restaurants & cafés', 'fun', 160, 212.4],
  ['Streaming', 'fun', 28, 28],
  ['Emergency fund', 'savings', 400, 400],
  ['Holiday fund', 'savings', 200, 200],
  ['Gifts', 'other', 60, 0],
];

export function seedPlan(): MonthPlan {
  return {
    income: [
      { id: 'seed-salary', source: 'Salary', amount: 4200 },
      { id: 'seed-side', source: 'Freelance design', amount: 350 },
    ],
    expenses: SEED_EXPENSES.map(([name, category, planned, actual], i) => ({ id: `seed-${i}`, name, category, planned, actual })),
  };
}

/** Next month starts from this month's plan, with nothing spent yet. */
export function copyPlan(plan: MonthPlan): MonthPlan {
  return {
    income: plan.income.map((i) => ({ ...i, id: newId() })),
    expenses: plan.expenses.map((e) => ({ ...e, id: newId(), actual: 0 })),
  };
}

export interface Totals {
  income: number;
  planned: number;
  spent: number;
  leftToPlan: number;
  leftToSpend: number;
  savingsRate: number | null;
  byCategory: { id: CategoryId; planned: number; actual: number }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function totals(plan: MonthPlan): Totals {
  const income = round(plan.income.reduce((s, i) => s + i.amount, 0));
  const planned = round(plan.expenses.reduce((s, e) => s + e.planned, 0));
  const spent = round(plan.expenses.reduce((s, e) => s + e.actual, 0));
  const saved = plan.expenses.filter((e) => e.category === 'savings').reduce((s, e) => s + e.actual, 0);
  return {
    income,
    planned,
    spent,
    leftToPlan: round(income - planned),
    leftToSpend: round(planned - spent),
    savingsRate: income > 0 ? saved / income : null,
    byCategory: CATEGORIES.map((c) => ({
      id: c.id,
      planned: round(plan.expenses.filter((e) => e.category === c.id).reduce((s, e) => s + e.planned, 0)),
      actual: round(plan.expenses.filter((e) => e.category === c.id).reduce((s, e) => s + e.actual, 0)),
    })),
  };
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'budget';
}

export const STORAGE_KEY = `budget:${slug(config.title)}`;

function isPlan(v: unknown): v is MonthPlan {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return (
    Array.isArray(p.income) &&
    Array.isArray(p.expenses) &&
    p.income.every((i: unknown) => !!i && typeof (i as Income).id === 'string' && typeof (i as Income).source === 'string' && typeof (i as Income).amount === 'number') &&
    p.expenses.every(
      (e: unknown) =>
        !!e &&
        typeof (e as Expense).id === 'string' &&
        typeof (e as Expense).name === 'string' &&
        CATEGORIES.some((c) => c.id === (e as Expense).category) &&
        typeof (e as Expense).planned === 'number' &&
        typeof (e as Expense).actual === 'number',
    )
  );
}

function freshStore(): Store {
  return { currency: 'USD', months: { [monthKey(new Date())]: seedPlan() } };
}

export function loadStore(): { store: Store; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return { store: freshStore(), ok: true };
    const parsed = JSON.parse(raw) as Partial<Store>;
    const months: Record<string, MonthPlan> = {};
    if (parsed.months && typeof parsed.months === 'object') {
      for (const [key, plan] of Object.entries(parsed.months)) if (/^\d{4}-\d{2}$/.test(key) && isPlan(plan)) months[key] = plan;
    }
    return { store: { currency: CURRENCIES.includes(parsed.currency ?? '') ? (parsed.currency as string) : 'USD', months }, ok: true };
  } catch {
    return { store: freshStore(), ok: false };
  }
}

export function saveStore(store: Store): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
    return true;
  } catch {
    return false;
  }
}
