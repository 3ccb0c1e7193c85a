export interface Split {
  tipTotal: number;
  grandTotal: number;
  tipPerPerson: number;
  totalPerPerson: number;
  /** how much the round-up added to the whole table's tip */
  roundUpExtra: number;
  effectiveTipPercent: number;
}

export const MAX_BILL = 1_000_000;
export const MAX_PEOPLE = 100;

const NUMBER_PATTERN = /^-?\d*([.,]\d*)?$/;

function parse(value: string): number {
  return Number(value.trim().replace(',', '.'));
}

export function validateBill(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'Enter the bill amount to see the split.';
  if (!NUMBER_PATTERN.test(v) || v === '-' || v === '.' || Number.isNaN(parse(v))) return 'Use digits only, for example 84.50.';
  const n = parse(v);
  if (n < 0) return "The bill can't be negative.";
  if (n === 0) return 'The bill must be more than zero.';
  if (n > MAX_BILL) return 'That bill is too large: keep it under 1,000,000.';
  return null;
}

export function validatePeople(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'Enter how many people are paying.';
  if (!/^-?\d+$/.test(v)) return 'Use a whole number of people.';
  const n = Number(v);
  if (n < 1) return 'At least one person has to pay.';
  if (n > MAX_PEOPLE) return `Up to ${MAX_PEOPLE} people can split one bill.`;
  return null;
}

export function validateTip(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'Pick a tip or enter your own percentage.';
  if (!NUMBER_PATTERN.test(v) || Number.isNaN(parse(v))) return 'Use digits only, for example 12.5.';
  const n = parse(v);
  if (n < 0) return "The tip can't be negative.";
  if (n > 100) return 'Keep the tip at 100 % or less.';
  return null;
}

/** Number of minor units (cents) the currency uses, e.g. 2 for USD and 0 for JPY. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
}

function roundTo(value: number, digits: number, mode: 'nearest' | 'up'): number {
  const factor = Math.pow(10, digits);
  // The small epsilon keeps 29.999999 from rounding up to 30.01.
  const scaled = value * factor;
  return (mode === 'up' ? Math.ceil(scaled - 1e-9) : Math.round(scaled + 1e-9)) / factor;
}

export function computeSplit(bill: number, tipPercent: number, people: number, roundUp: boolean, currency: string): Split {
  const digits = currencyDigits(currency);
  const baseTip = (bill * tipPercent) / 100;
  let totalPerPerson = roundTo((bill + baseTip) / people, digits, 'nearest');
  if (roundUp) totalPerPerson = roundTo((bill + baseTip) / people, 0, 'up');
  const sharePerPerson = bill / people;
  const tipPerPerson = roundTo(totalPerPerson - sharePerPerson, digits, 'nearest');
  const grandTotal = roundTo(totalPerPerson * people, digits, 'nearest');
  const tipTotal = roundTo(grandTotal - bill, digits, 'nearest');
  return {
    tipTotal,
    grandTotal,
    tipPerPerson,
    totalPerPerson,
    roundUpExtra: roundUp ? Math.max(0, roundTo(tipTotal - baseTip, digits, 'nearest')) : 0,
    effectiveTipPercent: bill > 0 ? (tipTotal / bill) * 100 : 0,
  };
}
