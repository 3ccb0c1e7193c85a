import { config } from './config';

export interface Inputs {
  amount: string;
  rate: string;
  term: string;
  termUnit: 'years' | 'months';
  extra: string;
  lump: string;
  lumpMonth: string;
  currency: string;
}

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'CHF', 'NZD'];

export const PRESETS: { id: string; label: string; icon: string; values: Partial<Inputs> }[] = [
  { id: 'car', label: 'Car loan', icon: '🚗', values: { amount: '28000', rate: '7.2', term: '5', termUnit: 'years' } },
  { id: 'personal', label: 'Personal loan', icon: '💳', values: { amount: '12000', rate: '11.5', term: '3', termUnit: 'years' } },
  { id: 'student', label: 'Student loan', icon: '🎓', values: { amount: '35000', rate: '5.5', term: '10', termUnit: 'years' } },
];

export const DEFAULT_INPUTS: Inputs = { amount: '28000', rate: '7.2', term: '5', termUnit: 'years', extra: '100', lump: '', lumpMonth: '12', currency: 'USD' };

export type Field = 'amount' | 'rate' | 'term' | 'extra' | 'lump' | 'lumpMonth';
export type Errors = Partial<Record<Field, string>>;

export function toNumber(value: string): number {
  const v = value.trim().replace(/[\s,]/g, '');
  if (v === '' || !/^\d*\.?\d*$/.test(v) || v === '.') return Number.NaN;
  return Number(v);
}

export function termMonths(inputs: Inputs): number {
  const t = toNumber(inputs.term);
  return Math.round(inputs.termUnit === 'years' ? t * 12 : t);
}

export function validate(inputs: Inputs): Errors {
  const e: Errors = {};
  const amount = toNumber(inputs.amount);
  if (inputs.amount.trim() === '') e.amount = 'Enter what you owe.';
  else if (Number.isNaN(amount)) e.amount = 'Use digits only, for example 28000.';
  else if (amount < 100) e.amount = 'The loan should be at least 100.';
  else if (amount > 50_000_000) e.amount = 'Keep the loan under 50 million.';

  const rate = toNumber(inputs.rate);
  if (inputs.rate.trim() === '') e.rate = 'Enter the interest rate.';
  else if (Number.isNaN(rate)) e.rate = 'Use a number, for example 7.2.';
  else if (rate > 60) e.rate = 'Keep the rate at 60 % or less.';

  const months = termMonths(inputs);
  if (inputs.term.trim() === '') e.term = 'Enter the term.';
  else if (Number.isNaN(toNumber(inputs.term))) e.term = 'Use a number.';
  else if (months < 1) e.term = 'The term must be at least one month.';
  else if (months > 480) e.term = 'Keep the term at 40 years or less.';

  if (inputs.extra.trim() !== '' && Number.isNaN(toNumber(inputs.extra))) e.extra = 'Use digits only, or leave it empty.';
  if (inputs.lump.trim() !== '' && Number.isNaN(toNumber(inputs.lump))) e.lump = 'Use digits only, or leave it empty.';
  const lumpMonth = toNumber(inputs.lumpMonth);
  if (inputs.lump.trim() !== '' && (Number.isNaN(lumpMonth) || !Number.isInteger(lumpMonth) || lumpMonth < 1)) e.lumpMonth = 'Pick a month number, 1 or more.';
  else if (!e.term && inputs.lump.trim() !== '' && lumpMonth > months) e.lumpMonth = `The loan only runs ${months} months.`;
  return e;
}

export function monthlyPayment(principal: number, annualRate: number, months: number): number {
  const i = annualRate / 100 / 12;
  if (i === 0) return principal / months;
  return (principal * i) / (1 - Math.pow(1 + i, -months));
}

export interface Run {
  /** balance at the end of each month, starting with the loan itself at index 0 */
  balances: number[];
  interestByMonth: number[];
  months: number;
  totalInterest: number;
  totalPaid: number;
}

/** Pays `payment + extra` each month (and `lump` once in month `lumpMonth`) until the balance is gone. */
export function simulate(principal: number, annualRate: number, payment: number, extra: number, lump: number, lumpMonth: number): Run {
  const i = annualRate / 100 / 12;
  const balances = [principal];
  const interestByMonth: number[] = [];
  let balance = principal;
  let totalInterest = 0;
  let totalPaid = 0;
  for (let n = 1; balance > 0.005 && n <= 1200; n++) {
    const interest = balance * i;
    const due = balance + interest;
    const pay = Math.min(due, payment + extra + (n === lumpMonth ? lump : 0));
    balance = due - pay;
    totalInterest += interest;
    totalPaid += pay;
    balances.push(Math.max(0, balance));
    interestByMonth.push(interest);
  }
  return { balances, interestByMonth, months: balances.length - 1, totalInterest, totalPaid };
}

export interface Comparison {
  payment: number;
  base: Run;
  withExtra: Run;
  interestSaved: number;
  monthsSaved: number;
  hasExtra: boolean;
}

export function compare(inputs: Inputs): Comparison {
  const amount = toNumber(inputs.amount);
  const rate = toNumber(inputs.rate);
  const months = termMonths(inputs);
  const payment = monthlyPayment(amount, rate, months);
  const opt = (v: string) => (v.trim() === '' ? 0 : toNumber(v));
  const extra = opt(inputs.extra);
  const lump = opt(inputs.lump);
  const base = simulate(amount, rate, payment, 0, 0, 0);
  const withExtra = simulate(amount, rate, payment, extra, lump, Math.round(opt(inputs.lumpMonth)));
  return {
    payment,
    base,
    withExtra,
    interestSaved: Math.max(0, base.totalInterest - withExtra.totalInterest),
    monthsSaved: Math.max(0, base.months - withExtra.months),
    hasExtra: extra > 0 || lump > 0,
  };
}

export function money(amount: number, currency: string, cents = false): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }).format(amount);
}

export function moneyCompact(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function symbol(currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}

/** "2 years 5 months" */
export function span(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [];
  if (y > 0) parts.push(`${y} ${y === 1 ? 'year' : 'years'}`);
  if (m > 0 || y === 0) parts.push(`${m} ${m === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}

/** The month in which payment number `n` falls, counting from next month. */
export function payoffDate(n: number, today: Date = new Date()): string {
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date(today.getFullYear(), today.getMonth() + n, 1));
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'loan';
}

const STORAGE_KEY = `loan:${slug(config.title)}`;

export function loadInputs(): Inputs {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_INPUTS;
    const o = JSON.parse(raw) as Record<string, unknown>;
    const s = (k: keyof Inputs) => (typeof o[k] === 'string' ? (o[k] as string).slice(0, 16) : DEFAULT_INPUTS[k]);
    return {
      amount: s('amount'),
      rate: s('rate'),
      term: s('term'),
      termUnit: o.termUnit === 'months' ? 'months' : 'years',
      extra: s('extra'),
      lump: s('lump'),
      lumpMonth: s('lumpMonth'),
      currency: CURRENCIES.includes(o.currency as string) ? (o.currency as string) : DEFAULT_INPUTS.currency,
    };
  } catch {
    return DEFAULT_INPUTS;
  }
}

export function saveInputs(inputs: Inputs): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(inputs));
  } catch {
    // Not remembered, but the calculator keeps working.
  }
}
