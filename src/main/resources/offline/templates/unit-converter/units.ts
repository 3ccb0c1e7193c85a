export type CategoryId = 'length' | 'weight' | 'temperature' | 'volume';

export interface Unit {
  id: string;
  label: string;
  symbol: string;
  /** value in this unit -> value in the category's base unit */
  toBase: (v: number) => number;
  /** value in the base unit -> value in this unit */
  fromBase: (v: number) => number;
}

export interface Category {
  id: CategoryId;
  label: string;
  icon: string;
  base: string;
  units: Unit[];
  /** conversions people look up most, offered as one-tap examples */
  examples: { value: number; from: string; to: string }[];
  allowsNegative: boolean;
}

function linear(id: string, label: string, symbol: string, factor: number): Unit {
  return { id, label, symbol, toBase: (v) => v * factor, fromBase: (v) => v / factor };
}

export const CATEGORIES: Category[] = [
  {
    id: 'length',
    label: 'Length',
    icon: '📏',
    base: 'm',
    allowsNegative: false,
    units: [
      linear('mm', 'Millimetres', 'mm', 0.001),
      linear('cm', 'Centimetres', 'cm', 0.01),
      linear('m', 'Metres', 'm', 1),
      linear('km', 'Kilometres', 'km', 1000),
      linear('in', 'Inches', 'in', 0.0254),
      linear('ft', 'Feet', 'ft', 0.3048),
      linear('yd', 'Yards', 'yd', 0.9144),
      linear('mi', 'Miles', 'mi', 1609.344),
      linear('nmi', 'Nautical miles', 'nmi', 1852),
    ],
    examples: [
      { value: 5, from: 'km', to: 'mi' },
      { value: 180, from: 'cm', to: 'ft' },
      { value: 26.2, from: 'mi', to: 'km' },
      { value: 12, from: 'in', to: 'cm' },
    ],
  },
  {
    id: 'weight',
    label: 'Weight',
    icon: '⚖️',
    base: 'kg',
    allowsNegative: false,
    units: [
      linear('mg', 'Milligrams', 'mg', 0.000001),
      linear('g', 'Grams', 'g', 0.001),
      linear('kg', 'Kilograms', 'kg', 1),
      linear('t', 'Tonnes', 't', 1000),
      linear('oz', 'Ounces', 'oz', 0.028349523125),
      linear('lb', 'Pounds', 'lb', 0.45359237),
      linear('st', 'Stone', 'st', 6.35029318),
    ],
    examples: [
      { value: 1, from: 'kg', to: 'lb' },
      { value: 150, from: 'lb', to: 'kg' },
      { value: 250, from: 'g', to: 'oz' },
      { value: 11, from: 'st', to: 'kg' },
    ],
  },
  {
    id: 'temperature',
    label: 'Temperature',
    icon: '🌡️',
    base: '°C',
    allowsNegative: true,
    units: [
      { id: 'c', label: 'Celsius', symbol: '°C', toBase: (v) => v, fromBase: (v) => v },
      { id: 'f', label: 'Fahrenheit', symbol: '°F', toBase: (v) => ((v - 32) * 5) / 9, fromBase: (v) => (v * 9) / 5 + 32 },
      { id: 'k', label: 'Kelvin', symbol: 'K', toBase: (v) => v - 273.15, fromBase: (v) => v + 273.15 },
    ],
    examples: [
      { value: 180, from: 'c', to: 'f' },
      { value: 98.6, from: 'f', to: 'c' },
      { value: -40, from: 'c', to: 'f' },
      { value: 0, from: 'k', to: 'c' },
    ],
  },
  {
    id: 'volume',
    label: 'Volume',
    icon: '🧪',
    base: 'L',
    allowsNegative: false,
    units: [
      linear('ml', 'Millilitres', 'mL', 0.001),
      linear('l', 'Litres', 'L', 1),
      linear('m3', 'Cubic metres', 'm³', 1000),
      linear('tsp', 'Teaspoons (US)', 'tsp', 0.00492892159375),
      linear('tbsp', 'Tablespoons (US)', 'tbsp', 0.01478676478125),
      linear('floz', 'Fluid ounces (US)', 'fl oz', 0.0295735295625),
      linear('cup', 'Cups (US)', 'cup', 0.2365882365),
      linear('pt', 'Pints (US)', 'pt', 0.473176473),
      linear('qt', 'Quarts (US)', 'qt', 0.946352946),
      linear('gal', 'Gallons (US)', 'gal', 3.785411784),
      linear('galuk', 'Gallons (UK)', 'gal (UK)', 4.54609),
    ],
    examples: [
      { value: 1, from: 'cup', to: 'ml' },
      { value: 2, from: 'l', to: 'floz' },
      { value: 10, from: 'gal', to: 'l' },
      { value: 3, from: 'tbsp', to: 'ml' },
    ],
  },
];

export function findCategory(id: CategoryId): Category {
  return CATEGORIES.find((c) => c.id === id) ?? CATEGORIES[0];
}

export function findUnit(category: Category, id: string): Unit {
  return category.units.find((u) => u.id === id) ?? category.units[0];
}

export function convert(value: number, from: Unit, to: Unit): number {
  return to.fromBase(from.toBase(value));
}

export const ABSOLUTE_ZERO_C = -273.15;

/** Parses the input and explains what is wrong with it, if anything. */
export function parseValue(raw: string, category: Category, unit: Unit): { value: number | null; error: string | null } {
  const text = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (text === '') return { value: null, error: null };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return { value: null, error: 'Enter a number, for example 12.5' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { value: null, error: 'That number is too large to convert.' };
  if (!category.allowsNegative && value < 0) return { value: null, error: `${category.label} can't be negative.` };
  if (category.id === 'temperature' && unit.toBase(value) < ABSOLUTE_ZERO_C - 1e-9) {
    return { value: null, error: `Nothing is colder than absolute zero (−273.15 °C, −459.67 °F, 0 K).` };
  }
  return { value, error: null };
}

export type Precision = 'auto' | 0 | 2 | 4 | 6;

/** Formats a converted number: up to 10 significant digits in auto mode, else a fixed number of decimals. */
export function formatNumber(value: number, precision: Precision): string {
  if (value === 0 || Object.is(value, -0)) return '0';
  const abs = Math.abs(value);
  if (precision === 'auto') {
    if (abs >= 1e15 || abs < 1e-6) {
      return new Intl.NumberFormat(undefined, { notation: 'scientific', maximumSignificantDigits: 8 }).format(value);
    }
    return new Intl.NumberFormat(undefined, { maximumSignificantDigits: 10 }).format(value);
  }
  return new Intl.NumberFormat(undefined, { minimumFractionDigits: precision, maximumFractionDigits: precision }).format(value);
}

/** A human description of the factor, e.g. "1 ft = 0.3048 m". */
export function describeFactor(category: Category, from: Unit, to: Unit): string {
  if (category.id === 'temperature') {
    const formulas: Record<string, string> = {
      'c>f': '°F = °C × 9/5 + 32',
      'f>c': '°C = (°F − 32) × 5/9',
      'c>k': 'K = °C + 273.15',
      'k>c': '°C = K − 273.15',
      'f>k': 'K = (°F − 32) × 5/9 + 273.15',
      'k>f': '°F = (K − 273.15) × 9/5 + 32',
    };
    return formulas[`${from.id}>${to.id}`] ?? 'Same unit: nothing to convert.';
  }
  return `1 ${from.symbol} = ${formatNumber(convert(1, from, to), 'auto')} ${to.symbol}`;
}
