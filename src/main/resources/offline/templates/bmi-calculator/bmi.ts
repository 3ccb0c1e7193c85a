import { config } from './config';

export type Units = 'metric' | 'imperial';

/** What the user typed, kept as text so half-typed numbers survive re-renders. */
export interface Measurements {
  units: Units;
  cm: string;
  kg: string;
  ft: string;
  inches: string;
  lb: string;
}

export interface Category {
  id: 'under' | 'healthy' | 'over' | 'obese1' | 'obese2' | 'obese3';
  label: string;
  /** lower bound (inclusive) */
  from: number;
  advice: string;
}

/** WHO adult categories. */
export const CATEGORIES: Category[] = [
  { id: 'under', label: 'Underweight', from: 0, advice: 'A BMI under 18.5 can mean you are not getting enough energy or nutrients. A GP or dietitian can help find out why.' },
  { id: 'healthy', label: 'Healthy weight', from: 18.5, advice: 'You are in the range linked with the lowest health risk for most adults. Keep up regular activity and a varied diet.' },
  { id: 'over', label: 'Overweight', from: 25, advice: 'A BMI of 25 to 29.9 is linked with a higher risk of heart disease and type 2 diabetes. Small, lasting changes make a real difference.' },
  { id: 'obese1', label: 'Obesity (class I)', from: 30, advice: 'Losing even 5 % of your body weight lowers blood pressure and blood sugar. Your doctor can suggest a plan that suits you.' },
  { id: 'obese2', label: 'Obesity (class II)', from: 35, advice: 'At this BMI, health risks rise noticeably. It is worth talking to a doctor about support and treatment options.' },
  { id: 'obese3', label: 'Obesity (class III)', from: 40, advice: 'A BMI of 40 or more carries a high health risk. Please speak to a doctor: effective, specialised help is available.' },
];

export const HEALTHY_MIN = 18.5;
export const HEALTHY_MAX = 24.9;

const CM_PER_INCH = 2.54;
const KG_PER_LB = 0.45359237;

export function categoryOf(bmi: number): Category {
  let found = CATEGORIES[0];
  for (const c of CATEGORIES) if (bmi >= c.from) found = c;
  return found;
}

function num(value: string): number {
  const v = value.trim().replace(',', '.');
  if (v === '' || !/^\d*\.?\d*$/.test(v) || v === '.') return Number.NaN;
  return Number(v);
}

export interface Parsed {
  heightM: number | null;
  weightKg: number | null;
  heightError: string | null;
  weightError: string | null;
}

/** Heights of 50–272 cm and weights of 2–650 kg cover every recorded adult; anything else is a typo. */
export function parse(m: Measurements): Parsed {
  let heightM: number | null = null;
  let weightKg: number | null = null;
  let heightError: string | null = null;
  let weightError: string | null = null;

  if (m.units === 'metric') {
    if (m.cm.trim() === '') heightError = 'Enter your height.';
    else if (Number.isNaN(num(m.cm))) heightError = 'Use a number, for example 172.';
    else heightM = num(m.cm) / 100;
    if (m.kg.trim() === '') weightError = 'Enter your weight.';
    else if (Number.isNaN(num(m.kg))) weightError = 'Use a number, for example 68.5.';
    else weightKg = num(m.kg);
  } else {
    const ft = m.ft.trim() === '' ? 0 : num(m.ft);
    const inches = m.inches.trim() === '' ? 0 : num(m.inches);
    if (m.ft.trim() === '' && m.inches.trim() === '') heightError = 'Enter your height.';
    else if (Number.isNaN(ft) || Number.isNaN(inches)) heightError = 'Use numbers, for example 5 ft 8 in.';
    else if (inches >= 12) heightError = 'Inches should be under 12: add a foot instead.';
    else heightM = ((ft * 12 + inches) * CM_PER_INCH) / 100;
    if (m.lb.trim() === '') weightError = 'Enter your weight.';
    else if (Number.isNaN(num(m.lb))) weightError = 'Use a number, for example 150.';
    else weightKg = num(m.lb) * KG_PER_LB;
  }

  if (heightM !== null && (heightM < 0.5 || heightM > 2.72)) {
    heightError = m.units === 'metric' ? 'Height should be between 50 and 272 cm.' : 'Height should be between 1 ft 8 in and 8 ft 11 in.';
    heightM = null;
  }
  if (weightKg !== null && (weightKg < 2 || weightKg > 650)) {
    weightError = m.units === 'metric' ? 'Weight should be between 2 and 650 kg.' : 'Weight should be between 5 and 1,430 lb.';
    weightKg = null;
  }
  return { heightM, weightKg, heightError, weightError };
}

export function bmiOf(heightM: number, weightKg: number): number {
  return weightKg / (heightM * heightM);
}

export function formatWeight(kg: number, units: Units): string {
  return units === 'metric' ? `${kg.toFixed(1)} kg` : `${(kg / KG_PER_LB).toFixed(0)} lb`;
}

/** The other unit system's fields, filled from the current ones so switching keeps the values. */
export function convert(m: Measurements, to: Units): Measurements {
  if (m.units === to) return m;
  const p = parse(m);
  const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  if (to === 'imperial') {
    const totalIn = p.heightM !== null ? (p.heightM * 100) / CM_PER_INCH : null;
    let ft = totalIn !== null ? Math.floor(totalIn / 12) : null;
    let inches = totalIn !== null && ft !== null ? Math.round(totalIn - ft * 12) : null;
    if (inches === 12 && ft !== null) {
      ft += 1;
      inches = 0;
    }
    return {
      ...m,
      units: to,
      ft: ft !== null ? String(ft) : m.ft,
      inches: inches !== null ? String(inches) : m.inches,
      lb: p.weightKg !== null ? round(p.weightKg / KG_PER_LB, 0) : m.lb,
    };
  }
  return {
    ...m,
    units: to,
    cm: p.heightM !== null ? round(p.heightM * 100, 0) : m.cm,
    kg: p.weightKg !== null ? round(p.weightKg, 1) : m.kg,
  };
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bmi';
}

const STORAGE_KEY = `bmi:${slug(config.title)}`;

export const EMPTY: Measurements = { units: 'metric', cm: '', kg: '', ft: '', inches: '', lb: '' };

export function loadMeasurements(): Measurements {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return EMPTY;
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object') return EMPTY;
    const o = v as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).slice(0, 12) : '');
    return { units: o.units === 'imperial' ? 'imperial' : 'metric', cm: s('cm'), kg: s('kg'), ft: s('ft'), inches: s('inches'), lb: s('lb') };
  } catch {
    return EMPTY;
  }
}

export function saveMeasurements(m: Measurements): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(m));
  } catch {
    // Storage can be disabled (private mode, sandboxed frames); the calculator still works.
  }
}
