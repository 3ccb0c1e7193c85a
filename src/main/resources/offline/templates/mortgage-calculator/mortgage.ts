import { config } from './config';

export interface Inputs {
  price: string;
  down: string;
  downMode: 'amount' | 'percent';
  rate: string;
  years: number;
  tax: string;
  insurance: string;
  hoa: string;
  currency: string;
}

export const TERMS = [10, 15, 20, 25, 30];
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NZD'];

export const DEFAULT_INPUTS: Inputs = {
  price: '425000',
  down: '20',
  downMode: 'percent',
  rate: '6.5',
  years: 30,
  tax: '4200',
  insurance: '1500',
  hoa: '0',
  currency: 'USD',
};

export type Field = 'price' | 'down' | 'rate' | 'tax' | 'insurance' | 'hoa';
export type Errors = Partial<Record<Field, string>>;

export interface Row {
  /** 1-based payment number */
  n: number;
  date: Date;
  payment: number;
  principal: number;
  interest: number;
  balance: number;
}

export interface YearRow {
  year: number;
  principal: number;
  interest: number;
  balance: number;
}

export interface Plan {
  loan: number;
  downAmount: number;
  monthlyPI: number;
  monthlyTax: number;
  monthlyInsurance: number;
  monthlyHoa: number;
  monthlyTotal: number;
  totalInterest: number;
  totalPaid: number;
  payoff: Date;
  rows: Row[];
  years: YearRow[];
}

export function toNumber(value: string): number {
  const v = value.trim().replace(/[\s,]/g, '');
  if (v === '' || !/^\d*\.?\d*$/.test(v) || v === '.') return Number.NaN;
  return Number(v);
}

export function validate(inputs: Inputs): Errors {
  const errors: Errors = {};
  const price = toNumber(inputs.price);
  if (inputs.price.trim() === '') errors.price = 'Enter the home price.';
  else if (Number.isNaN(price)) errors.price = 'Use digits only, for example 425000.';
  else if (price < 1000) errors.price = 'The price should be at least 1,000.';
  else if (price > 100_000_000) errors.price = 'Keep the price under 100 million.';

  const down = toNumber(inputs.down || '0');
  if (Number.isNaN(down)) errors.down = 'Use digits only.';
  else if (inputs.downMode === 'percent' && down >= 100) errors.down = 'The down payment must be under 100 %.';
  else if (inputs.downMode === 'amount' && !errors.price && down >= price) errors.down = 'The down payment must be less than the price.';

  const rate = toNumber(inputs.rate);
  if (inputs.rate.trim() === '') errors.rate = 'Enter the interest rate.';
  else if (Number.isNaN(rate)) errors.rate = 'Use a number, for example 6.5.';
  else if (rate > 25) errors.rate = 'Rates above 25 % are not realistic for a mortgage.';

  for (const f of ['tax', 'insurance', 'hoa'] as const) {
    const v = inputs[f].trim();
    if (v !== '' && Number.isNaN(toNumber(v))) errors[f] = 'Use digits only, or leave it empty.';
  }
  return errors;
}

/** The fixed monthly payment that repays `principal` over `months` at `annualRate` percent. */
export function monthlyPayment(principal: number, annualRate: number, months: number): number {
  const i = annualRate / 100 / 12;
  if (i === 0) return principal / months;
  return (principal * i) / (1 - Math.pow(1 + i, -months));
}

export function firstPaymentDate(today: Date = new Date()): Date {
  return new Date(today.getFullYear(), today.getMonth() + 1, 1);
}

export function buildPlan(inputs: Inputs, start: Date = firstPaymentDate()): Plan {
  const price = toNumber(inputs.price);
  const downRaw = toNumber(inputs.down || '0');
  const downAmount = inputs.downMode === 'percent' ? (price * downRaw) / 100 : downRaw;
  const loan = price - downAmount;
  const rate = toNumber(inputs.rate);
  const months = inputs.years * 12;
  const payment = monthlyPayment(loan, rate, months);
  const i = rate / 100 / 12;

  const rows: Row[] = [];
  let balance = loan;
  for (let n = 1; n <= months; n++) {
    const interest = balance * i;
    // The last payment clears whatever rounding left over.
    const principal = n === months ? balance : Math.min(balance, payment - interest);
    balance = Math.max(0, balance - principal);
    rows.push({ n, date: new Date(start.getFullYear(), start.getMonth() + n - 1, 1), payment: principal + interest, principal, interest, balance });
  }

  const years: YearRow[] = [];
  for (let y = 0; y < inputs.years; y++) {
    const slice = rows.slice(y * 12, y * 12 + 12);
    years.push({
      year: y + 1,
      principal: slice.reduce((s, r) => s + r.principal, 0),
      interest: slice.reduce((s, r) => s + r.interest, 0),
      balance: slice[slice.length - 1].balance,
    });
  }

  const opt = (v: string) => (v.trim() === '' ? 0 : toNumber(v));
  const monthlyTax = opt(inputs.tax) / 12;
  const monthlyInsurance = opt(inputs.insurance) / 12;
  const monthlyHoa = opt(inputs.hoa);
  const totalInterest = rows.reduce((s, r) => s + r.interest, 0);
  return {
    loan,
    downAmount,
    monthlyPI: payment,
    monthlyTax,
    monthlyInsurance,
    monthlyHoa,
    monthlyTotal: payment + monthlyTax + monthlyInsurance + monthlyHoa,
    totalInterest,
    totalPaid: loan + totalInterest,
    payoff: rows[rows.length - 1].date,
    rows,
    years,
  };
}

export function money(amount: number, currency: string, cents = false): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 }).format(amount);
}

export function moneyCompact(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

export function monthYear(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(date);
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'mortgage';
}

const STORAGE_KEY = `mortgage:${slug(config.title)}`;

export function loadInputs(): Inputs {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_INPUTS;
    const o = JSON.parse(raw) as Record<string, unknown>;
    const s = (k: keyof Inputs) => (typeof o[k] === 'string' ? (o[k] as string).slice(0, 16) : (DEFAULT_INPUTS[k] as string));
    return {
      price: s('price'),
      down: s('down'),
      downMode: o.downMode === 'amount' ? 'amount' : 'percent',
      rate: s('rate'),
      years: TERMS.includes(o.years as number) ? (o.years as number) : DEFAULT_INPUTS.years,
      tax: s('tax'),
      insurance: s('insurance'),
      hoa: s('hoa'),
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
    // Storage may be unavailable; the calculator works without it.
  }
}
