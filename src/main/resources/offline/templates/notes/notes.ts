import { config } from './config';

export type Tag = 'personal' | 'work' | 'ideas';

export interface Note {
  id: string;
  title: string;
  body: string;
  tag: Tag | null;
  pinned: boolean;
  updatedAt: number;
}

export const TAGS: { id: Tag; label: string; icon: string }[] = [
  { id: 'personal', label: 'Personal', icon: '🏡' },
  { id: 'work', label: 'Work', icon: '💼' },
  { id: 'ideas', label: 'Ideas', icon: '💡' },
];

export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;

export function newNote(): Note {
  return { id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, title: '', body: '', tag: null, pinned: false, updatedAt: Date.now() };
}

export function displayTitle(note: Note): string {
  return note.title.trim() || note.body.trim().split('\n')[0].slice(0, 60) || 'Untitled note';
}

export function sortNotes(notes: Note[]): Note[] {
  return [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt);
}

export function relativeTime(ts: number, now = Date.now()): string {
  const diff = Math.round((ts - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 7 * 86_400) return rtf.format(Math.round(diff / 86_400), 'day');
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(ts);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'notes';
}

const STORAGE_KEY = `notes:${slug(config.title)}`;

function seed(): Note[] {
  const now = Date.now();
  return [
    { id: 'welcome', title: `Welcome to ${config.title}`, body: 'Notes save automatically while you type.\n\n• Pin a note to keep it at the top.\n• Tag notes to find them faster.\n• Search looks through titles and text.', tag: null, pinned: true, updatedAt: now - 60_000 },
    { id: 'groceries', title: 'Weekend shopping', body: 'Sourdough, oat milk, tomatoes, basil, olive oil, coffee beans, lemons.', tag: 'personal', pinned: false, updatedAt: now - 3 * 3_600_000 },
    { id: 'meeting', title: 'Monday planning', body: 'Agenda:\n1. Review last week’s numbers\n2. Decide on the spring promotion\n3. Staff rota for the holidays', tag: 'work', pinned: false, updatedAt: now - 26 * 3_600_000 },
    { id: 'idea', title: 'Loyalty card idea', body: 'Tenth visit free, plus a small birthday surprise. Ask regulars what they would enjoy most.', tag: 'ideas', pinned: false, updatedAt: now - 4 * 86_400_000 },
  ];
}

function isNote(v: unknown): v is Note {
  if (!v || typeof v !== 'object') return false;
  const n = v as Record<string, unknown>;
  return typeof n.id === 'string' && typeof n.title === 'string' && typeof n.body === 'string' && typeof n.pinned === 'boolean' && typeof n.updatedAt === 'number' && (n.tag === null || TAGS.some((t) => t.id === n.tag));
}

export function loadNotes(): { notes: Note[]; storageAvailable: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return { notes: seed(), storageAvailable: true };
    const parsed: unknown = JSON.parse(raw);
    return { notes: Array.isArray(parsed) && parsed.every(isNote) ? parsed : seed(), storageAvailable: true };
  } catch {
    return { notes: seed(), storageAvailable: false };
  }
}

export function saveNotes(notes: Note[]): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(notes));
    return true;
  } catch {
    return false;
  }
}
