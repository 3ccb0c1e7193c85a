import { config } from './config';

export type ColumnId = 'todo' | 'doing' | 'done';
export type Priority = 'low' | 'medium' | 'high';

export interface Card {
  id: string;
  title: string;
  notes: string;
  priority: Priority;
  column: ColumnId;
  createdAt: number;
}

/** Where a dragged card would land: before `beforeId`, or at the end of the column. */
export interface DropTarget {
  column: ColumnId;
  beforeId: string | null;
}

export interface BoardActions {
  add: (column: ColumnId, draft: CardDraft) => void;
  update: (id: string, draft: CardDraft) => void;
  remove: (id: string) => void;
  move: (id: string, column: ColumnId, beforeId: string | null) => void;
  setEditing: (key: string | null) => void;
  startDrag: (id: string) => void;
  endDrag: () => void;
  setDropTarget: (target: DropTarget | null) => void;
}

export interface CardDraft {
  title: string;
  notes: string;
  priority: Priority;
}

export const COLUMNS: { id: ColumnId; title: string; icon: string; empty: string }[] = [
  { id: 'todo', title: 'To do', icon: '📝', empty: 'Nothing planned yet. Add the first card.' },
  { id: 'doing', title: 'In progress', icon: '⚙️', empty: 'Drag a card here when you start on it.' },
  { id: 'done', title: 'Done', icon: '✅', empty: 'Finished work lands here.' },
];

export const PRIORITIES: { id: Priority; label: string }[] = [
  { id: 'high', label: 'High' },
  { id: 'medium', label: 'Medium' },
  { id: 'low', label: 'Low' },
];

export const TITLE_MAX = 80;
export const NOTES_MAX = 300;

export function validateDraft(draft: CardDraft): string | null {
  const title = draft.title.trim();
  if (title.length === 0) return 'Give the card a title.';
  if (title.length > TITLE_MAX) return `Keep the title under ${TITLE_MAX} characters.`;
  if (draft.notes.length > NOTES_MAX) return `Notes can be at most ${NOTES_MAX} characters.`;
  return null;
}

export function newId(): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID is missing on insecure origins; fall through.
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'board';
}

/** One board per app: the key is derived from the app's title. */
export const STORAGE_KEY = `kanban:${slug(config.title)}`;

const SEED: [string, string, Priority, ColumnId][] = [
  ['Order supplies for the weekend rush', 'Check stock on Thursday and place the order before noon.', 'high', 'todo'],
  ['Plan next month’s promotions', 'Two ideas per week, one for regulars and one for new customers.', 'medium', 'todo'],
  ['Refresh the photos on the website', '', 'low', 'todo'],
  ['Reply to this week’s customer reviews', 'Thank everyone by name; follow up on the two complaints.', 'medium', 'doing'],
  ['Draft the newsletter for regulars', 'Highlights, upcoming events and a small thank-you offer.', 'low', 'doing'],
  ['Set up online booking', 'Live on the website since Monday.', 'high', 'done'],
  ['Update the opening hours for the holidays', '', 'low', 'done'],
];

export function seedCards(): Card[] {
  const now = Date.now();
  return SEED.map(([title, notes, priority, column], i) => ({ id: `seed-${i}`, title, notes, priority, column, createdAt: now - i * 3_600_000 }));
}

function isCard(value: unknown): value is Card {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    typeof c.title === 'string' &&
    typeof c.notes === 'string' &&
    ['low', 'medium', 'high'].includes(c.priority as string) &&
    ['todo', 'doing', 'done'].includes(c.column as string) &&
    typeof c.createdAt === 'number'
  );
}

/** Reads the saved board; storage may be disabled (private mode, sandboxed frames) or hold junk. */
export function loadCards(): { cards: Card[]; storageAvailable: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { cards: seedCards(), storageAvailable: true };
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every(isCard)) return { cards: parsed, storageAvailable: true };
    return { cards: seedCards(), storageAvailable: true };
  } catch {
    return { cards: seedCards(), storageAvailable: false };
  }
}

export function saveCards(cards: Card[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(cards));
    return true;
  } catch {
    return false;
  }
}

/** Moves a card to a column, before the card `beforeId` (or to the end). */
export function moveCard(cards: Card[], id: string, column: ColumnId, beforeId: string | null): Card[] {
  const card = cards.find((c) => c.id === id);
  if (!card || id === beforeId) return cards;
  const rest = cards.filter((c) => c.id !== id);
  const moved = { ...card, column };
  const index = beforeId ? rest.findIndex((c) => c.id === beforeId) : -1;
  if (index === -1) return [...rest, moved];
  return [...rest.slice(0, index), moved, ...rest.slice(index)];
}
