import { collection } from 'faibric/data';

// One guestbook entry as the data API returns it: id, createdAt, updatedAt, owner and
// ownerName are set by the server; message and mood are the app's own fields.
export type Mood = 'happy' | 'grateful' | 'excited' | 'thoughtful';

export interface Entry {
  id: number;
  createdAt: string;
  updatedAt: string;
  owner: number | null;
  ownerName: string | null;
  message: string;
  mood: Mood;
}

export const MOODS: { id: Mood; label: string; icon: string }[] = [
  { id: 'happy', label: 'Happy', icon: '😊' },
  { id: 'grateful', label: 'Grateful', icon: '🙏' },
  { id: 'excited', label: 'Excited', icon: '🎉' },
  { id: 'thoughtful', label: 'Thoughtful', icon: '💭' },
];

export const MAX_MESSAGE = 1000;

export const entries = collection<Entry>('entries');

export function moodOf(id: string) {
  return MOODS.find((m) => m.id === id) ?? MOODS[0];
}

/** "just now", "5 minutes ago", or the date for older entries. */
export function when(iso: string): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((Date.now() - then) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}
