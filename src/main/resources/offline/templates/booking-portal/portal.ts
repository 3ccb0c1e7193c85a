import { collection } from 'faibric/data';
import type { Row } from 'faibric/data';

// The portal's data. Services and their open times (slots) are the owner's and public.
// A booking is private to the person who made it (and the owner, the app's admin); one slot
// can be booked once (a unique slot on bookings). So that visitors see which times are gone
// without seeing anyone's details, each booking also marks its slot taken in `takenSlots`.

export const CURRENCY = 'USD';

export interface Service extends Row {
  name: string;
  description: string | null;
  durationMinutes: number;
  price: number;
}

export interface Slot extends Row {
  service: number;
  startsAt: string;
}

export type BookingStatus = 'booked' | 'attended' | 'no-show';

export interface Booking extends Row {
  slot: number;
  service: number;
  startsAt: string;
  name: string;
  email: string;
  phone: string | null;
  notes: string | null;
  status: BookingStatus;
}

export interface TakenSlot extends Row {
  slot: number;
  startsAt: string;
}

export const services = collection<Service>('services');
export const slots = collection<Slot>('slots');
export const bookings = collection<Booking>('bookings');
export const takenSlots = collection<TakenSlot>('takenSlots');

/** Local calendar day of an instant, `YYYY-MM-DD`. */
export function dayKey(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function dayLabel(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  const today = dayKey(new Date());
  const tomorrow = dayKey(new Date(Date.now() + 86_400_000));
  const name = date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  return key === today ? `Today, ${name}` : key === tomorrow ? `Tomorrow, ${name}` : name;
}

export function timeLabel(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** Midnight today, as an ISO instant: lists start there (fixed per visit, so queries stay the same). */
export function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

/** Slot start times from `from` to `to` (local `HH:mm`) on a day, one every `minutes`. */
export function slotTimes(day: string, from: string, to: string, minutes: number): string[] {
  const [y, mo, d] = day.split('-').map(Number);
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  const times: string[] = [];
  if ([y, mo, d, fh, fm, th, tm].some((n) => Number.isNaN(n)) || minutes < 5) return times;
  const end = new Date(y, mo - 1, d, th, tm).getTime();
  for (let t = new Date(y, mo - 1, d, fh, fm).getTime(); t + minutes * 60_000 <= end && times.length < 48; t += minutes * 60_000) {
    times.push(new Date(t).toISOString());
  }
  return times;
}

export const SAMPLE_SERVICES = [
  { name: 'First consultation', description: 'Get to know each other and plan what you need.', durationMinutes: 30, price: 0 },
  { name: 'Standard appointment', description: 'Our most booked session.', durationMinutes: 60, price: 65 },
];
