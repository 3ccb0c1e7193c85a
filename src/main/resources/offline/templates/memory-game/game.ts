import { config } from './config';

export type Level = 'easy' | 'medium' | 'hard';
export type SetId = 'animals' | 'food' | 'travel';

export const LEVELS: { id: Level; label: string; pairs: number; columns: number; mobileColumns: number }[] = [
  { id: 'easy', label: 'Easy', pairs: 6, columns: 4, mobileColumns: 3 },
  { id: 'medium', label: 'Medium', pairs: 8, columns: 4, mobileColumns: 4 },
  { id: 'hard', label: 'Hard', pairs: 12, columns: 6, mobileColumns: 4 },
];

export const SETS: { id: SetId; label: string; symbols: string[] }[] = [
  { id: 'animals', label: '🐼 Animals', symbols: ['🐶', '🐱', '🦊', '🐼', '🐸', '🐵', '🦁', '🐯', '🐨', '🐰', '🐷', '🐙'] },
  { id: 'food', label: '🍕 Food', symbols: ['🍎', '🍌', '🍇', '🍓', '🍕', '🍩', '🍪', '🥑', '🌮', '🍔', '🍉', '🥕'] },
  { id: 'travel', label: '✈️ Travel', symbols: ['✈️', '🚀', '🚲', '🚗', '⛵', '🏝️', '🗼', '🏰', '🎡', '🗽', '🚂', '🚁'] },
];

export const SYMBOL_NAMES: Record<string, string> = {
  '🐶': 'dog', '🐱': 'cat', '🦊': 'fox', '🐼': 'panda', '🐸': 'frog', '🐵': 'monkey', '🦁': 'lion', '🐯': 'tiger', '🐨': 'koala', '🐰': 'rabbit', '🐷': 'pig', '🐙': 'octopus',
  '🍎': 'apple', '🍌': 'banana', '🍇': 'grapes', '🍓': 'strawberry', '🍕': 'pizza', '🍩': 'doughnut', '🍪': 'cookie', '🥑': 'avocado', '🌮': 'taco', '🍔': 'burger', '🍉': 'watermelon', '🥕': 'carrot',
  '✈️': 'aeroplane', '🚀': 'rocket', '🚲': 'bicycle', '🚗': 'car', '⛵': 'sailing boat', '🏝️': 'island', '🗼': 'tower', '🏰': 'castle', '🎡': 'ferris wheel', '🗽': 'statue', '🚂': 'steam train', '🚁': 'helicopter',
};

export interface Card {
  id: number;
  symbol: string;
  matched: boolean;
}

export function shuffle<T>(list: T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function newDeck(level: Level, set: SetId): Card[] {
  const pairs = LEVELS.find((l) => l.id === level)?.pairs ?? 8;
  const symbols = shuffle(SETS.find((s) => s.id === set)?.symbols ?? SETS[0].symbols).slice(0, pairs);
  return shuffle([...symbols, ...symbols]).map((symbol, id) => ({ id, symbol, matched: false }));
}

/** Three stars for a near-perfect memory, one for getting there at all. */
export function stars(moves: number, pairs: number): 1 | 2 | 3 {
  if (moves <= Math.ceil(pairs * 1.5)) return 3;
  if (moves <= Math.ceil(pairs * 2.2)) return 2;
  return 1;
}

export function formatTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface Best {
  moves: number | null;
  timeMs: number | null;
}
export type Bests = Record<Level, Best>;

const EMPTY: Bests = { easy: { moves: null, timeMs: null }, medium: { moves: null, timeMs: null }, hard: { moves: null, timeMs: null } };

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'memory';
}

const KEY = `memory-best:${slug(config.title)}`;

export function loadBests(): Bests {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Bests> | null;
    if (!parsed || typeof parsed !== 'object') return EMPTY;
    const clean = (b: unknown): Best => {
      const v = (b ?? {}) as Partial<Best>;
      return { moves: typeof v.moves === 'number' ? v.moves : null, timeMs: typeof v.timeMs === 'number' ? v.timeMs : null };
    };
    return { easy: clean(parsed.easy), medium: clean(parsed.medium), hard: clean(parsed.hard) };
  } catch {
    return EMPTY;
  }
}

export function saveBests(bests: Bests): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(bests));
    return true;
  } catch {
    return false;
  }
}
