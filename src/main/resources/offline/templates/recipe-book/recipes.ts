import { config } from './config';
import { SEED_RECIPES } from './seed';

export const COURSES = ['Breakfast', 'Main', 'Salad', 'Soup', 'Side', 'Dessert', 'Baking', 'Drink'] as const;
export type Course = (typeof COURSES)[number];

export interface Recipe {
  id: string;
  title: string;
  emoji: string;
  course: Course;
  description: string;
  tags: string[];
  prepMin: number;
  cookMin: number;
  servings: number;
  ingredients: string[];
  steps: string[];
  favourite: boolean;
  createdAt: number;
}

export type RecipeDraft = Omit<Recipe, 'id' | 'favourite' | 'createdAt'>;

export const EMOJIS = ['🍝', '🍗', '🥗', '🍲', '🥞', '🍰', '🍞', '🍛', '🌮', '🥘', '🍜', '🥧', '🍪', '🥣', '🍹', '🐟'];

export function totalTime(r: Recipe): string {
  const m = r.prepMin + r.cookMin;
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

const FRACTIONS: [number, string][] = [
  [1 / 8, '1/8'],
  [1 / 4, '1/4'],
  [1 / 3, '1/3'],
  [1 / 2, '1/2'],
  [2 / 3, '2/3'],
  [3 / 4, '3/4'],
];

function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const frac = /^(\d+)\/(\d+)$/.exec(t);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  return Number(t);
}

/** 1.5 → "1 1/2", 0.333 → "1/3", 2.4 → "2.4", 250 → "250" */
export function formatAmount(value: number): string {
  if (value >= 20) return String(Math.round(value));
  const whole = Math.floor(value);
  const rest = value - whole;
  if (rest < 0.04) return String(whole);
  if (rest > 0.96) return String(whole + 1);
  for (const [f, label] of FRACTIONS) if (Math.abs(rest - f) < 0.04) return whole ? `${whole} ${label}` : label;
  return String(Math.round(value * 10) / 10);
}

const AMOUNT = /^(\d+\s+\d+\/\d+|\d+\/\d+|\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(\d+\s+\d+\/\d+|\d+\/\d+|\d+(?:[.,]\d+)?))?/;

/** Scales the quantity at the start of an ingredient line ("1 1/2 cups flour", "2-3 cloves garlic"). */
export function scaleLine(line: string, factor: number): { amount: string | null; rest: string } {
  const m = AMOUNT.exec(line.trim());
  if (!m) return { amount: null, rest: line };
  const a = formatAmount(parseNumber(m[1]) * factor);
  const b = m[2] ? formatAmount(parseNumber(m[2]) * factor) : null;
  return { amount: b ? `${a}–${b}` : a, rest: line.trim().slice(m[0].length) };
}

export function matches(r: Recipe, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = `${r.title} ${r.description} ${r.course} ${r.tags.join(' ')} ${r.ingredients.join(' ')}`.toLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

export type Errors = Partial<Record<'title' | 'ingredients' | 'steps' | 'times' | 'servings', string>>;

export function validate(d: RecipeDraft): Errors {
  const e: Errors = {};
  if (!d.title.trim()) e.title = 'Give the recipe a name.';
  else if (d.title.trim().length > 80) e.title = 'Keep the name under 80 characters.';
  if (d.ingredients.length === 0) e.ingredients = 'List at least one ingredient, one per line.';
  if (d.steps.length === 0) e.steps = 'Add at least one step, one per line.';
  if (![d.prepMin, d.cookMin].every((n) => Number.isInteger(n) && n >= 0 && n <= 2880)) e.times = 'Times are whole minutes, up to 48 hours.';
  if (!Number.isInteger(d.servings) || d.servings < 1 || d.servings > 100) e.servings = 'Servings must be 1 to 100.';
  return e;
}

export function newId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // Insecure origin.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function seedRecipes(): Recipe[] {
  const now = Date.now();
  return SEED_RECIPES.map((r, i) => ({ ...r, id: `seed-${i}`, favourite: i === 0 || i === 3, createdAt: now - i * 86_400_000 }));
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'recipes';
}

const STORAGE_KEY = `recipes:${slug(config.title)}`;

function isRecipe(v: unknown): v is Recipe {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    typeof r.id === 'string' && typeof r.title === 'string' && typeof r.emoji === 'string' && COURSES.includes(r.course as Course) &&
    typeof r.description === 'string' && strings(r.tags) && typeof r.prepMin === 'number' && typeof r.cookMin === 'number' &&
    typeof r.servings === 'number' && strings(r.ingredients) && strings(r.steps) && typeof r.favourite === 'boolean' && typeof r.createdAt === 'number'
  );
}

export function loadRecipes(): { recipes: Recipe[]; storageOk: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { recipes: seedRecipes(), storageOk: true };
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every(isRecipe)) return { recipes: parsed, storageOk: true };
    return { recipes: seedRecipes(), storageOk: true };
  } catch {
    return { recipes: seedRecipes(), storageOk: false };
  }
}

export function saveRecipes(recipes: Recipe[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(recipes));
    return true;
  } catch {
    return false;
  }
}
