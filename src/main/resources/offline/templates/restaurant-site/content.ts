import { config } from './config';

/** Prices on the menu; change to 'EUR', 'GBP', … for the restaurant's country. */
export const CURRENCY = 'USD';

export const NAV_LINKS = [
  { id: 'menu', label: 'Menu' },
  { id: 'hours', label: 'Hours' },
  { id: 'book', label: 'Reservations' },
  { id: 'find-us', label: 'Find us' },
];

export type Diet = 'V' | 'VG' | 'GF';
export const DIET_LABELS: Record<Diet, string> = { V: 'Vegetarian', VG: 'Vegan', GF: 'Gluten-free' };

export interface Dish {
  name: string;
  description: string;
  price: number;
  diet: Diet[];
  spicy?: boolean;
  signature?: boolean;
}

export interface MenuSection {
  id: string;
  title: string;
  note: string;
  dishes: Dish[];
}

export const MENU: MenuSection[] = [
  {
    id: 'starters',
    title: 'Starters',
    note: 'To share, or not.',
    dishes: [
      { name: 'Burrata & heirloom tomatoes', description: 'Basil oil, aged balsamic, grilled sourdough', price: 14, diet: ['V'], signature: true },
      { name: 'Crispy calamari', description: 'Lemon aioli, pickled chilli, parsley', price: 13, diet: [], spicy: true },
      { name: 'Roasted beetroot', description: 'Whipped goat cheese, candied walnuts, orange', price: 12, diet: ['V', 'GF'] },
      { name: 'Beef carpaccio', description: 'Rocket, shaved parmesan, capers, truffle oil', price: 16, diet: ['GF'] },
      { name: 'Soup of the day', description: 'Ask your server; always served with warm bread', price: 9, diet: ['VG'] },
    ],
  },
  {
    id: 'mains',
    title: 'Mains',
    note: 'From the wood-fired oven and the stove.',
    dishes: [
      { name: 'Pan-roasted sea bass', description: 'Saffron potatoes, shaved fennel, caper butter', price: 28, diet: ['GF'], signature: true },
      { name: 'Slow-braised short rib', description: 'Soft polenta, red wine jus, gremolata', price: 31, diet: ['GF'] },
      { name: 'Wild mushroom risotto', description: 'Carnaroli rice, aged parmesan, thyme', price: 22, diet: ['V', 'GF'] },
      { name: 'Wood-fired half chicken', description: 'Charred greens, salsa verde, lemon', price: 25, diet: ['GF'] },
      { name: 'Chickpea & aubergine tagine', description: 'Preserved lemon, harissa, herb couscous', price: 20, diet: ['VG'], spicy: true },
      { name: 'Hand-rolled pappardelle', description: 'Slow-cooked lamb ragù, pecorino, mint', price: 24, diet: [] },
    ],
  },
  {
    id: 'sides',
    title: 'Sides',
    note: 'Good with everything.',
    dishes: [
      { name: 'Rosemary fries', description: 'Sea salt, garlic mayo', price: 6, diet: ['V', 'GF'] },
      { name: 'Charred broccolini', description: 'Chilli, toasted almonds, lemon', price: 7, diet: ['VG', 'GF'], spicy: true },
      { name: 'Little gem salad', description: 'Mustard dressing, chives, radish', price: 6, diet: ['VG', 'GF'] },
      { name: 'Sourdough & cultured butter', description: 'Baked every morning', price: 5, diet: ['V'] },
    ],
  },
  {
    id: 'desserts',
    title: 'Desserts',
    note: 'Made in house, every day.',
    dishes: [
      { name: 'Dark chocolate torte', description: 'Crème fraîche, sea salt, cocoa nibs', price: 10, diet: ['V', 'GF'], signature: true },
      { name: 'Lemon tart', description: 'Raspberries, Italian meringue', price: 9, diet: ['V'] },
      { name: 'Affogato', description: 'Vanilla gelato, double espresso, amaretti', price: 7, diet: ['V'] },
      { name: 'Cheese board', description: 'Three cheeses, quince, oat crackers', price: 14, diet: ['V'] },
    ],
  },
  {
    id: 'drinks',
    title: 'Drinks',
    note: 'Natural wines by the glass, changing weekly.',
    dishes: [
      { name: 'House red or white', description: 'By the glass; ask for this week’s bottles', price: 9, diet: ['VG', 'GF'] },
      { name: 'Skin-contact orange wine', description: 'By the glass, Slovenia', price: 11, diet: ['VG', 'GF'] },
      { name: 'Negroni', description: 'Gin, vermouth, bitter orange', price: 13, diet: ['VG', 'GF'] },
      { name: 'Elderflower spritz', description: 'Alcohol-free, with soda and cucumber', price: 7, diet: ['VG', 'GF'] },
      { name: 'Espresso', description: 'Single-origin, roasted locally', price: 3.5, diet: ['VG', 'GF'] },
      { name: 'Fresh mint tea', description: 'A big pot for the table', price: 4, diet: ['VG', 'GF'] },
    ],
  },
];

/** Minutes after midnight. */
export interface Service {
  open: number;
  close: number;
  label: string;
}

/** Opening hours per weekday, 0 = Sunday as in Date.getDay(); an empty list means closed. */
export const HOURS: Service[][] = [
  [{ open: 12 * 60, close: 16 * 60, label: 'Sunday lunch' }],
  [],
  [{ open: 17 * 60, close: 22 * 60, label: 'Dinner' }],
  [{ open: 17 * 60, close: 22 * 60, label: 'Dinner' }],
  [{ open: 17 * 60, close: 22 * 60, label: 'Dinner' }],
  [
    { open: 12 * 60, close: 15 * 60, label: 'Lunch' },
    { open: 17 * 60, close: 23 * 60, label: 'Dinner' },
  ],
  [
    { open: 12 * 60, close: 15 * 60, label: 'Lunch' },
    { open: 17 * 60, close: 23 * 60, label: 'Dinner' },
  ],
];

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The last table is seated this long before closing. */
export const LAST_SEATING = 90;
export const MAX_PARTY = 10;

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '') || 'hello';
}

export const CONTACT = {
  street: '18 Market Street',
  city: 'Riverside, 20412',
  phone: '+1 (555) 017-4480',
  email: `tables@${slug(config.title)}.com`,
};

export function monogram(title: string): string {
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w && !/^(the|a|an|la|le|il|el)$/i.test(w));
  const list = words.length ? words : title.split(/\s+/).filter(Boolean);
  return (list.length > 1 ? list[0][0] + list[1][0] : (list[0] ?? '?').slice(0, 2)).toUpperCase();
}

export function formatPrice(price: number): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: CURRENCY, minimumFractionDigits: Number.isInteger(price) ? 0 : 2 }).format(price);
}

export function formatTime(minutes: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
}

export function servicesText(day: number): string {
  const list = HOURS[day];
  return list.length ? list.map((s) => `${formatTime(s.open)} – ${formatTime(s.close)}`).join(', ') : 'Closed';
}

/** "Open now · until 10:00 PM", "Closed · opens today at 5:00 PM" … */
export function openStatus(now: Date = new Date()): { open: boolean; text: string } {
  const day = now.getDay();
  const minutes = now.getHours() * 60 + now.getMinutes();
  const current = HOURS[day].find((s) => minutes >= s.open && minutes < s.close);
  if (current) return { open: true, text: `Open now · until ${formatTime(current.close)}` };
  const later = HOURS[day].find((s) => minutes < s.open);
  if (later) return { open: false, text: `Closed · opens today at ${formatTime(later.open)}` };
  for (let i = 1; i <= 7; i++) {
    const next = HOURS[(day + i) % 7][0];
    if (next) return { open: false, text: `Closed · opens ${i === 1 ? 'tomorrow' : DAY_NAMES[(day + i) % 7]} at ${formatTime(next.open)}` };
  }
  return { open: false, text: 'Closed' };
}

/** Bookable start times (every 30 minutes until the last seating) for a date. */
export function slotsFor(date: Date): number[] {
  const slots: number[] = [];
  for (const s of HOURS[date.getDay()]) for (let t = s.open; t <= s.close - LAST_SEATING; t += 30) slots.push(t);
  return slots;
}

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
