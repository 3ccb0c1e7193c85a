import { config } from './config';

export type Status = 'want' | 'reading' | 'done';
export type SortKey = 'added' | 'title' | 'author' | 'rating';

export interface Book {
  id: string;
  title: string;
  author: string;
  pages: number | null;
  status: Status;
  /** pages read so far */
  progress: number;
  /** 0 = not rated, 1..5 stars */
  rating: number;
  notes: string;
  addedAt: number;
  finishedAt: number | null;
}

export interface BookDraft {
  title: string;
  author: string;
  pages: string;
  status: Status;
  notes: string;
}

export const STATUSES: { id: Status; label: string; short: string; icon: string }[] = [
  { id: 'want', label: 'Want to read', short: 'To read', icon: '📚' },
  { id: 'reading', label: 'Reading', short: 'Reading', icon: '📖' },
  { id: 'done', label: 'Finished', short: 'Finished', icon: '✅' },
];

export const SORTS: { id: SortKey; label: string }[] = [
  { id: 'added', label: 'Recently added' },
  { id: 'title', label: 'Title' },
  { id: 'author', label: 'Author' },
  { id: 'rating', label: 'Rating' },
];

export type DraftErrors = Partial<Record<keyof BookDraft, string>>;

export function validateDraft(d: BookDraft, others: Book[], editingId: string | null): DraftErrors {
  const e: DraftErrors = {};
  const title = d.title.trim();
  if (!title) e.title = 'Enter the title.';
  else if (title.length > 120) e.title = 'Keep the title under 120 characters.';
  else if (others.some((b) => b.id !== editingId && b.title.toLowerCase() === title.toLowerCase() && b.author.toLowerCase() === d.author.trim().toLowerCase()))
    e.title = 'This book is already on your list.';
  if (!d.author.trim()) e.author = 'Enter the author.';
  else if (d.author.trim().length > 80) e.author = 'Keep the author under 80 characters.';
  if (d.pages.trim() !== '') {
    if (!/^\d+$/.test(d.pages.trim())) e.pages = 'Use a whole number of pages.';
    else if (Number(d.pages) < 1 || Number(d.pages) > 10000) e.pages = 'Pages must be between 1 and 10,000.';
  }
  if (d.notes.length > 500) e.notes = 'Notes can be at most 500 characters.';
  return e;
}

export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Moves a book to a shelf, keeping progress, finish date and rating consistent. */
export function withStatus(book: Book, status: Status, now = Date.now()): Book {
  if (status === book.status) return book;
  if (status === 'done') return { ...book, status, progress: book.pages ?? book.progress, finishedAt: now };
  if (status === 'reading') return { ...book, status, finishedAt: null, progress: book.status === 'done' ? 0 : book.progress };
  return { ...book, status, finishedAt: null, progress: 0, rating: 0 };
}

const DAY = 86_400_000;

const SEED: [string, string, number, Status, number, number, string][] = [
  // title, author, pages, status, progress, rating, notes
  ['Project Hail Mary', 'Andy Weir', 476, 'reading', 212, 0, 'Recommended by Sam. Funny and clever so far.'],
  ['Sapiens', 'Yuval Noah Harari', 443, 'reading', 96, 0, ''],
  ['Pride and Prejudice', 'Jane Austen', 432, 'done', 432, 5, 'Still sharp and funny two centuries later.'],
  ['Beloved', 'Toni Morrison', 324, 'done', 324, 5, ''],
  ['The Hobbit', 'J. R. R. Tolkien', 310, 'done', 310, 4, 'Reread for the book club.'],
  ['Middlemarch', 'George Eliot', 880, 'want', 0, 0, 'A long one for the summer holidays.'],
  ['The Left Hand of Darkness', 'Ursula K. Le Guin', 304, 'want', 0, 0, ''],
  ['Atomic Habits', 'James Clear', 320, 'want', 0, 0, ''],
];

export function seedBooks(now = Date.now()): Book[] {
  const yearStart = new Date(new Date(now).getFullYear(), 0, 1).getTime();
  return SEED.map(([title, author, pages, status, progress, rating, notes], i) => ({
    id: `seed-${i}`,
    title,
    author,
    pages,
    status,
    progress,
    rating,
    notes,
    addedAt: now - (i + 1) * 9 * DAY,
    // Finished books land inside the current year so the goal has something to show.
    finishedAt: status === 'done' ? Math.max(yearStart + DAY, now - (i + 1) * 12 * DAY) : null,
  }));
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'books';
}

const KEY = `reading-list:${slug(config.title)}`;

export interface Saved {
  books: Book[];
  goal: number;
}

function isBook(v: unknown): v is Book {
  if (!v || typeof v !== 'object') return false;
  const b = v as Record<string, unknown>;
  return (
    typeof b.id === 'string' &&
    typeof b.title === 'string' &&
    typeof b.author === 'string' &&
    (b.pages === null || typeof b.pages === 'number') &&
    ['want', 'reading', 'done'].includes(b.status as string) &&
    typeof b.progress === 'number' &&
    typeof b.rating === 'number' &&
    typeof b.notes === 'string' &&
    typeof b.addedAt === 'number' &&
    (b.finishedAt === null || typeof b.finishedAt === 'number')
  );
}

export function load(): { saved: Saved; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return { saved: { books: seedBooks(), goal: 12 }, ok: true };
    const parsed = JSON.parse(raw) as Partial<Saved>;
    const books = Array.isArray(parsed.books) ? parsed.books.filter(isBook) : seedBooks();
    const goal = typeof parsed.goal === 'number' && parsed.goal >= 1 && parsed.goal <= 365 ? parsed.goal : 12;
    return { saved: { books, goal }, ok: true };
  } catch {
    return { saved: { books: seedBooks(), goal: 12 }, ok: false };
  }
}

export function save(saved: Saved): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

export function sortBooks(list: Book[], key: SortKey): Book[] {
  const copy = [...list];
  if (key === 'title') return copy.sort((a, b) => a.title.localeCompare(b.title));
  if (key === 'author') return copy.sort((a, b) => lastName(a.author).localeCompare(lastName(b.author)) || a.title.localeCompare(b.title));
  if (key === 'rating') return copy.sort((a, b) => b.rating - a.rating || a.title.localeCompare(b.title));
  return copy.sort((a, b) => b.addedAt - a.addedAt);
}

function lastName(author: string): string {
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? author;
}
