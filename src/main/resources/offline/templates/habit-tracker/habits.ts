import { config } from './config';

export interface Habit {
  id: string;
  name: string;
  icon: string;
  /** target number of days per week, 1–7 */
  goal: number;
}

export interface Store {
  habits: Habit[];
  /** habit id → done dates as YYYY-MM-DD (local time) */
  done: Record<string, string[]>;
}

export const ICONS = ['💧', '📚', '🚶', '🧘', '📵', '🥗', '💪', '😴', '✍️', '🎸', '🌱', '🧹', '💊', '🏃', '🗣️', '💰'];
export const NAME_MAX = 60;

export function dateKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Monday of the week that contains `d`. */
export function startOfWeek(d: Date): Date {
  const day = (d.getDay() + 6) % 7;
  return addDays(startOfDay(d), -day);
}

export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Consecutive done days ending today, or ending yesterday if today is not ticked yet. */
export function currentStreak(dates: Set<string>, today: Date): number {
  let day = dates.has(dateKey(today)) ? today : addDays(today, -1);
  let n = 0;
  while (dates.has(dateKey(day))) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

export function bestStreak(dates: string[]): number {
  const sorted = Array.from(new Set(dates)).sort();
  let best = 0;
  let run = 0;
  let prev: Date | null = null;
  for (const key of sorted) {
    const [y, m, d] = key.split('-').map(Number);
    const date = new Date(y, m - 1, d);
    run = prev && dateKey(addDays(prev, 1)) === key ? run + 1 : 1;
    best = Math.max(best, run);
    prev = date;
  }
  return best;
}

export function toggleDone(store: Store, habitId: string, key: string): Store {
  const list = store.done[habitId] ?? [];
  return { ...store, done: { ...store.done, [habitId]: list.includes(key) ? list.filter((k) => k !== key) : [...list, key] } };
}

export function removeHabit(store: Store, habitId: string): Store {
  const done = { ...store.done };
  delete done[habitId];
  return { habits: store.habits.filter((h) => h.id !== habitId), done };
}

/** Today's ticks, the share of weekly goals met, the longest running streak and each habit's count for the week. */
export function summarize(store: Store, days: Date[], today: Date) {
  const sets = new Map(store.habits.map((h) => [h.id, new Set(store.done[h.id] ?? [])]));
  const keys = days.map(dateKey);
  const weekCounts = new Map(store.habits.map((h) => [h.id, keys.filter((k) => sets.get(h.id)?.has(k)).length]));
  const goalTotal = store.habits.reduce((s, h) => s + h.goal, 0);
  const goalDone = store.habits.reduce((s, h) => s + Math.min(h.goal, weekCounts.get(h.id) ?? 0), 0);
  let topStreak: { name: string; icon: string; days: number } | null = null;
  for (const h of store.habits) {
    const n = currentStreak(sets.get(h.id) ?? new Set(), today);
    if (n > 0 && (!topStreak || n > topStreak.days)) topStreak = { name: h.name, icon: h.icon, days: n };
  }
  return {
    doneToday: store.habits.filter((h) => sets.get(h.id)?.has(dateKey(today))).length,
    weekPercent: goalTotal ? Math.round((goalDone / goalTotal) * 100) : 0,
    topStreak,
    weekCounts,
  };
}

export function validateHabit(name: string, habits: Habit[], editingId: string | null): string | null {
  const n = name.trim();
  if (!n) return 'Give the habit a name.';
  if (n.length > NAME_MAX) return `Keep it under ${NAME_MAX} characters.`;
  if (habits.some((h) => h.id !== editingId && h.name.trim().toLowerCase() === n.toLowerCase())) return 'You already track a habit with that name.';
  return null;
}

export function newId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // Insecure origin: fall through.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Five example habits with a few weeks of history, so the grid and streaks mean something on first open. */
export function seedStore(today: Date = new Date()): Store {
  const habits: Habit[] = [
    { id: 'seed-water', name: 'Drink 8 glasses of water', icon: '💧', goal: 7 },
    { id: 'seed-read', name: 'Read 20 pages', icon: '📚', goal: 5 },
    { id: 'seed-walk', name: 'Walk 30 minutes', icon: '🚶', goal: 5 },
    { id: 'seed-meditate', name: 'Meditate for 10 minutes', icon: '🧘', goal: 4 },
    { id: 'seed-phone', name: 'No phone after 10 pm', icon: '📵', goal: 6 },
  ];
  // Which of the last 28 days (0 = yesterday) each habit was done on: deliberately imperfect.
  const patterns: Record<string, (i: number) => boolean> = {
    'seed-water': (i) => i < 12 || (i % 5 !== 2 && i < 26),
    'seed-read': (i) => i % 7 !== 3 && i % 7 !== 6 && i !== 1,
    'seed-walk': (i) => i < 4 || i % 3 !== 0,
    'seed-meditate': (i) => i % 2 === 0 && i < 20,
    'seed-phone': (i) => i % 4 !== 1,
  };
  const done: Record<string, string[]> = {};
  for (const h of habits) {
    done[h.id] = [];
    for (let i = 0; i < 28; i++) if (patterns[h.id](i)) done[h.id].push(dateKey(addDays(today, -1 - i)));
  }
  done['seed-water'].push(dateKey(today));
  return { habits, done };
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'habits';
}

const STORAGE_KEY = `habits:${slug(config.title)}`;

function isHabit(v: unknown): v is Habit {
  if (!v || typeof v !== 'object') return false;
  const h = v as Record<string, unknown>;
  return typeof h.id === 'string' && typeof h.name === 'string' && typeof h.icon === 'string' && typeof h.goal === 'number' && h.goal >= 1 && h.goal <= 7;
}

export function loadStore(): { store: Store; storageOk: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { store: seedStore(), storageOk: true };
    const o = JSON.parse(raw) as Record<string, unknown>;
    if (!Array.isArray(o.habits) || !o.habits.every(isHabit) || !o.done || typeof o.done !== 'object') return { store: seedStore(), storageOk: true };
    const done: Record<string, string[]> = {};
    for (const h of o.habits as Habit[]) {
      const list = (o.done as Record<string, unknown>)[h.id];
      done[h.id] = Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) : [];
    }
    return { store: { habits: o.habits as Habit[], done }, storageOk: true };
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
