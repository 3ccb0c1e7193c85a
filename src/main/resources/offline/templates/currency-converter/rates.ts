import { config } from './config';

export interface Currency {
  code: string;
  name: string;
  /** units per 1 euro */
  perEur: number;
}

/** The date the sample rates are pinned to. They are illustrative and never updated. */
export const RATES_DATE = new Date(2024, 11, 31);

/**
 * Sample reference rates (units per 1 EUR), rounded, in the style of the end-of-day rates
 * central banks publish. Fixed on purpose: the app makes no network requests.
 */
export const CURRENCIES: Currency[] = [
  { code: 'EUR', name: 'Euro', perEur: 1 },
  { code: 'USD', name: 'US dollar', perEur: 1.0389 },
  { code: 'GBP', name: 'British pound', perEur: 0.8292 },
  { code: 'JPY', name: 'Japanese yen', perEur: 163.06 },
  { code: 'CHF', name: 'Swiss franc', perEur: 0.9412 },
  { code: 'CAD', name: 'Canadian dollar', perEur: 1.4948 },
  { code: 'AUD', name: 'Australian dollar', perEur: 1.6772 },
  { code: 'NZD', name: 'New Zealand dollar', perEur: 1.8532 },
  { code: 'CNY', name: 'Chinese yuan', perEur: 7.5833 },
  { code: 'HKD', name: 'Hong Kong dollar', perEur: 8.0686 },
  { code: 'SGD', name: 'Singapore dollar', perEur: 1.4164 },
  { code: 'INR', name: 'Indian rupee', perEur: 88.933 },
  { code: 'KRW', name: 'South Korean won', perEur: 1532.15 },
  { code: 'SEK', name: 'Swedish krona', perEur: 11.459 },
  { code: 'NOK', name: 'Norwegian krone', perEur: 11.795 },
  { code: 'DKK', name: 'Danish krone', perEur: 7.4578 },
  { code: 'PLN', name: 'Polish złoty', perEur: 4.275 },
  { code: 'MXN', name: 'Mexican peso', perEur: 21.55 },
  { code: 'BRL', name: 'Brazilian real', perEur: 6.4253 },
  { code: 'ZAR', name: 'South African rand', perEur: 19.619 },
];

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

export function currency(code: string): Currency {
  return BY_CODE.get(code) ?? CURRENCIES[0];
}

/** How many `to` one `from` buys. */
export function rate(from: string, to: string): number {
  return currency(to).perEur / currency(from).perEur;
}

export function convert(amount: number, from: string, to: string): number {
  return amount * rate(from, to);
}

export function formatMoney(amount: number, code: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).format(amount);
}

/** Rates need more digits when they are small (1 JPY = 0.006133 EUR). */
export function formatRate(value: number): string {
  const digits = value >= 100 ? 2 : value >= 1 ? 4 : Math.min(8, 4 + Math.max(0, -Math.floor(Math.log10(value))));
  return new Intl.NumberFormat(undefined, { minimumFractionDigits: Math.min(digits, 4), maximumFractionDigits: digits }).format(value);
}

export function symbol(code: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? code;
}

export function parseAmount(value: string): { amount: number | null; error: string | null } {
  const v = value.trim().replace(/[\s,]/g, '');
  if (v === '') return { amount: null, error: null };
  if (!/^\d*\.?\d*$/.test(v) || v === '.') return { amount: null, error: 'Use digits only, for example 250 or 19.99.' };
  const n = Number(v);
  if (n > 1e12) return { amount: null, error: 'That amount is too large to convert.' };
  return { amount: n, error: null };
}

export interface Saved {
  amount: string;
  from: string;
  to: string;
  compare: string[];
}

export const DEFAULTS: Saved = { amount: '100', from: 'USD', to: 'EUR', compare: ['GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'MXN'] };

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'fx';
}

const STORAGE_KEY = `currency:${slug(config.title)}`;

export function load(): Saved {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULTS;
    const o = JSON.parse(raw) as Record<string, unknown>;
    const code = (v: unknown, fallback: string) => (typeof v === 'string' && BY_CODE.has(v) ? v : fallback);
    return {
      amount: typeof o.amount === 'string' ? o.amount.slice(0, 20) : DEFAULTS.amount,
      from: code(o.from, DEFAULTS.from),
      to: code(o.to, DEFAULTS.to),
      compare: Array.isArray(o.compare) ? Array.from(new Set(o.compare.filter((c): c is string => typeof c === 'string' && BY_CODE.has(c)))) : DEFAULTS.compare,
    };
  } catch {
    return DEFAULTS;
  }
}

export function save(state: Saved): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or a sandboxed frame: conversions still work, they just are not remembered.
  }
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
