import { collection } from 'faibric/data';
import type { Row, Values } from 'faibric/data';

// The events and everyone's answers, in the app's data API (see the "database" of
// template.json): the admin creates events; each signed-in visitor has one answer per event.

export interface Event extends Row {
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  capacity: number | null;
  image: string | null;
}

export type Answer = 'going' | 'maybe' | 'no';

export interface Rsvp extends Row {
  event: number;
  answer: Answer;
  note: string | null;
}

export const ANSWERS: { id: Answer; label: string; icon: string }[] = [
  { id: 'going', label: 'Going', icon: '✅' },
  { id: 'maybe', label: 'Maybe', icon: '🤔' },
  { id: 'no', label: "Can't go", icon: '🙅' },
];

export const events = collection<Event>('events');
export const rsvps = collection<Rsvp>('rsvps');

/** How many said going and maybe, and the signed-in visitor's own answer, per event. */
export interface Tally {
  going: number;
  maybe: number;
  mine: Rsvp | undefined;
}

export function tally(list: Rsvp[], event: number, me: number | null): Tally {
  const mineOf = list.filter((r) => r.event === event);
  return {
    going: mineOf.filter((r) => r.answer === 'going').length,
    maybe: mineOf.filter((r) => r.answer === 'maybe').length,
    mine: me === null ? undefined : mineOf.find((r) => r.owner === me),
  };
}

/** "5 spots left", "Full", or nothing when there is no limit. */
export function spots(event: Event, going: number): string | null {
  if (!event.capacity) return null;
  const left = event.capacity - going;
  return left <= 0 ? 'Full' : `${left} ${left === 1 ? 'spot' : 'spots'} left`;
}

/** "Sat 14 Jun, 18:30 – 21:00", with the end's date only when it is another day. */
export function when(event: Event): string {
  const start = new Date(event.startsAt);
  const day = start.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: start.getFullYear() === new Date().getFullYear() ? undefined : 'numeric' });
  const time = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (!event.endsAt) return `${day}, ${time(start)}`;
  const end = new Date(event.endsAt);
  const sameDay = end.toDateString() === start.toDateString();
  return `${day}, ${time(start)} – ${sameDay ? '' : end.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) + ', '}${time(end)}`;
}

export interface EventDraft {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: string;
  image: string;
}

/** A datetime-local value ("2025-06-14T18:30") for an ISO instant, in local time. */
export function localInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function draftOf(e: Event | null): EventDraft {
  return {
    title: e?.title ?? '',
    description: e?.description ?? '',
    startsAt: localInput(e?.startsAt ?? null),
    endsAt: localInput(e?.endsAt ?? null),
    place: e?.place ?? '',
    capacity: e?.capacity ? String(e.capacity) : '',
    image: e?.image ?? '',
  };
}

export function eventProblem(d: EventDraft): string | null {
  if (d.title.trim().length < 3) return 'Give the event a title of at least 3 characters.';
  if (d.title.trim().length > 120) return 'Keep the title under 120 characters.';
  if (!d.startsAt || Number.isNaN(Date.parse(d.startsAt))) return 'Choose when the event starts.';
  if (d.endsAt && Date.parse(d.endsAt) <= Date.parse(d.startsAt)) return 'The end must be after the start.';
  if (d.capacity && !(Number.isInteger(Number(d.capacity)) && Number(d.capacity) >= 1)) return 'Capacity is a whole number of places, at least 1 (or leave it empty).';
  if (d.image.trim() && !/^https?:\/\/\S+$/i.test(d.image.trim())) return 'The picture must be a web address starting with https://';
  return null;
}

export function valuesOf(d: EventDraft): Values<Event> {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    title: d.title.trim(),
    description: optional(d.description),
    startsAt: new Date(d.startsAt).toISOString(),
    endsAt: d.endsAt ? new Date(d.endsAt).toISOString() : null,
    place: optional(d.place),
    capacity: d.capacity ? Number(d.capacity) : null,
    image: optional(d.image),
  };
}
