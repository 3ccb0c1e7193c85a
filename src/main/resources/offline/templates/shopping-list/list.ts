import { config } from './config';

export type CategoryId = 'produce' | 'bakery' | 'dairy' | 'meat' | 'pantry' | 'frozen' | 'drinks' | 'household' | 'care' | 'other';

export interface Category {
  id: CategoryId;
  label: string;
  icon: string;
  /** words that put an item in this aisle */
  words: string[];
}

/** In the order most supermarkets lay them out. */
export const CATEGORIES: Category[] = [
  { id: 'produce', label: 'Fruit & veg', icon: '🥦', words: ['apple', 'banana', 'orange', 'lemon', 'lime', 'berries', 'strawberr', 'grape', 'pear', 'avocado', 'tomato', 'potato', 'onion', 'garlic', 'carrot', 'lettuce', 'salad', 'spinach', 'broccoli', 'pepper', 'cucumber', 'mushroom', 'herb', 'basil', 'ginger', 'courgette', 'zucchini', 'kale', 'celery', 'melon', 'eggplant', 'aubergine', 'radish', 'cabbage', 'corn'] },
  { id: 'bakery', label: 'Bakery', icon: '🥖', words: ['bread', 'baguette', 'roll', 'bagel', 'croissant', 'muffin', 'tortilla', 'wrap', 'pita', 'bun', 'cake', 'sourdough'] },
  { id: 'dairy', label: 'Dairy & eggs', icon: '🧀', words: ['milk', 'cheese', 'butter', 'yogurt', 'yoghurt', 'cream', 'egg', 'feta', 'mozzarella', 'parmesan', 'cheddar', 'kefir'] },
  { id: 'meat', label: 'Meat & fish', icon: '🍗', words: ['chicken', 'beef', 'pork', 'mince', 'bacon', 'ham', 'sausage', 'salmon', 'tuna', 'fish', 'prawn', 'shrimp', 'turkey', 'lamb', 'tofu', 'steak'] },
  { id: 'pantry', label: 'Pantry', icon: '🥫', words: ['rice', 'pasta', 'spaghetti', 'flour', 'sugar', 'salt', 'oil', 'vinegar', 'beans', 'lentil', 'chickpea', 'cereal', 'oats', 'granola', 'honey', 'jam', 'peanut', 'sauce', 'stock', 'spice', 'tin', 'can', 'noodle', 'coffee', 'tea', 'chocolate', 'biscuit', 'cracker', 'nuts', 'crisps', 'chips'] },
  { id: 'frozen', label: 'Frozen', icon: '🧊', words: ['frozen', 'ice cream', 'peas', 'pizza', 'fries', 'ice'] },
  { id: 'drinks', label: 'Drinks', icon: '🧃', words: ['water', 'juice', 'soda', 'cola', 'lemonade', 'beer', 'wine', 'sparkling', 'kombucha'] },
  { id: 'household', label: 'Household', icon: '🧽', words: ['paper', 'towel', 'tissue', 'foil', 'bin bag', 'trash bag', 'detergent', 'washing', 'dish', 'sponge', 'bulb', 'batter', 'cleaner', 'bleach', 'candle', 'toilet', 'laundry'] },
  { id: 'care', label: 'Personal care', icon: '🧴', words: ['shampoo', 'soap', 'toothpaste', 'toothbrush', 'deodorant', 'razor', 'lotion', 'sunscreen', 'plaster', 'vitamin', 'conditioner'] },
  { id: 'other', label: 'Other', icon: '🛒', words: [] },
];

export const UNITS = ['pcs', 'pack', 'kg', 'g', 'l', 'ml', 'bottle', 'can', 'dozen', 'bunch'];

export interface Item {
  id: string;
  name: string;
  qty: number;
  unit: string;
  category: CategoryId;
  checked: boolean;
  addedAt: number;
}

export interface Past {
  name: string;
  unit: string;
  category: CategoryId;
  times: number;
}

export interface Store {
  items: Item[];
  history: Past[];
}

export const NAME_MAX = 50;
export const QTY_MAX = 999;

export function guessCategory(name: string): CategoryId {
  const n = name.toLowerCase();
  // Longer matches first, so "ice cream" beats "cream".
  let best: { id: CategoryId; len: number } = { id: 'other', len: 0 };
  for (const c of CATEGORIES) for (const w of c.words) if (n.includes(w) && w.length > best.len) best = { id: c.id, len: w.length };
  return best.id;
}

export function categoryOf(id: CategoryId): Category {
  return CATEGORIES.find((c) => c.id === id) ?? CATEGORIES[CATEGORIES.length - 1];
}

export function formatQty(qty: number, unit: string): string {
  return unit === 'pcs' ? `${qty}×` : `${qty} ${unit}`;
}

export function newId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // Insecure origin.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Adds an item, or bumps the quantity if the same thing (same name and unit) is already on the list. */
export function addItem(store: Store, draft: { name: string; qty: number; unit: string; category: CategoryId }): Store {
  const name = draft.name.trim();
  const same = store.items.find((i) => i.name.toLowerCase() === name.toLowerCase() && i.unit === draft.unit && !i.checked);
  const items = same
    ? store.items.map((i) => (i === same ? { ...i, qty: Math.min(QTY_MAX, i.qty + draft.qty) } : i))
    : [...store.items, { id: newId(), name, qty: draft.qty, unit: draft.unit, category: draft.category, checked: false, addedAt: Date.now() }];
  const known = store.history.find((p) => p.name.toLowerCase() === name.toLowerCase());
  const history = known
    ? store.history.map((p) => (p === known ? { ...p, unit: draft.unit, category: draft.category, times: p.times + 1 } : p))
    : [...store.history, { name, unit: draft.unit, category: draft.category, times: 1 }].slice(-60);
  return { items, history };
}

export function toText(items: Item[]): string {
  return CATEGORIES.map((c) => {
    const list = items.filter((i) => i.category === c.id && !i.checked);
    if (!list.length) return '';
    return `${c.label}\n${list.map((i) => `- ${i.name} (${formatQty(i.qty, i.unit)})`).join('\n')}`;
  })
    .filter(Boolean)
    .join('\n\n');
}

const SEED: [string, number, string, CategoryId, boolean][] = [
  ['Bananas', 6, 'pcs', 'produce', false],
  ['Cherry tomatoes', 250, 'g', 'produce', false],
  ['Baby spinach', 1, 'pack', 'produce', true],
  ['Sourdough loaf', 1, 'pcs', 'bakery', false],
  ['Semi-skimmed milk', 2, 'l', 'dairy', false],
  ['Free-range eggs', 1, 'dozen', 'dairy', false],
  ['Greek yogurt', 500, 'g', 'dairy', true],
  ['Chicken thighs', 1, 'kg', 'meat', false],
  ['Basmati rice', 1, 'kg', 'pantry', false],
  ['Olive oil', 1, 'bottle', 'pantry', false],
  ['Frozen peas', 1, 'pack', 'frozen', false],
  ['Dishwasher tablets', 1, 'pack', 'household', false],
];

export function seedStore(): Store {
  const now = Date.now();
  const items = SEED.map(([name, qty, unit, category, checked], i) => ({ id: `seed-${i}`, name, qty, unit, category, checked, addedAt: now - (SEED.length - i) * 60000 }));
  const history: Past[] = [
    ...items.map((i) => ({ name: i.name, unit: i.unit, category: i.category, times: 3 })),
    { name: 'Butter', unit: 'pack', category: 'dairy', times: 4 },
    { name: 'Coffee beans', unit: 'pack', category: 'pantry', times: 5 },
    { name: 'Apples', unit: 'pcs', category: 'produce', times: 4 },
    { name: 'Toothpaste', unit: 'pcs', category: 'care', times: 2 },
    { name: 'Sparkling water', unit: 'bottle', category: 'drinks', times: 3 },
    { name: 'Paper towels', unit: 'pack', category: 'household', times: 2 },
  ];
  return { items, history };
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list';
}

const STORAGE_KEY = `shopping:${slug(config.title)}`;
const IDS = CATEGORIES.map((c) => c.id) as string[];

function isItem(v: unknown): v is Item {
  if (!v || typeof v !== 'object') return false;
  const i = v as Record<string, unknown>;
  return typeof i.id === 'string' && typeof i.name === 'string' && typeof i.qty === 'number' && typeof i.unit === 'string' && IDS.includes(i.category as string) && typeof i.checked === 'boolean' && typeof i.addedAt === 'number';
}

function isPast(v: unknown): v is Past {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return typeof p.name === 'string' && typeof p.unit === 'string' && IDS.includes(p.category as string) && typeof p.times === 'number';
}

export function loadStore(): { store: Store; storageOk: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { store: seedStore(), storageOk: true };
    const o = JSON.parse(raw) as Record<string, unknown>;
    if (!Array.isArray(o.items) || !o.items.every(isItem)) return { store: seedStore(), storageOk: true };
    return { store: { items: o.items, history: Array.isArray(o.history) ? o.history.filter(isPast) : [] }, storageOk: true };
  } catch {
    return { store: seedStore(), storageOk: false };
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

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall back below.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    document.body.removeChild(area);
    return ok;
  } catch {
    return false;
  }
}
