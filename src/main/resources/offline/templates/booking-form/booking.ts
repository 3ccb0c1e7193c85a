import { config } from './config';

export interface Service {
  id: string;
  name: string;
  minutes: number;
  price: number;
  blurb: string;
  icon: string;
}

export const SERVICES: Service[] = [
  { id: 'consult', name: 'Initial consultation', minutes: 45, price: 60, blurb: 'Assessment, a clear plan and first treatment.', icon: '🩺' },
  { id: 'followup', name: 'Follow-up session', minutes: 30, price: 45, blurb: 'Treatment and progress check for returning clients.', icon: '🔁' },
  { id: 'massage', name: 'Sports massage', minutes: 60, price: 70, blurb: 'Deep tissue work for recovery and tight muscles.', icon: '💆' },
  { id: 'extended', name: 'Extended treatment', minutes: 90, price: 95, blurb: 'Longer session for complex or multiple problems.', icon: '⏱️' },
];

export const STAFF: { id: string; name: string; role: string }[] = [
  { id: 'any', name: 'First available', role: 'Most choice of times' },
  { id: 'lena', name: 'Lena Vogt', role: 'Physiotherapist' },
  { id: 'marco', name: 'Marco Rossi', role: 'Sports therapist' },
  { id: 'aisha', name: 'Aisha Bello', role: 'Physiotherapist' },
];

/** Opening hours per weekday (0 = Sunday), in minutes after midnight; null = closed. Lunch 12:30–13:30. */
export const HOURS: ([number, number] | null)[] = [null, [540, 1080], [540, 1080], [540, 1140], [540, 1080], [540, 1020], [540, 780]];
const LUNCH: [number, number] = [750, 810];
export const BOOK_AHEAD_DAYS = 56;
const STEP = 30;

export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function fromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

export function startOfToday(): Date {
  const n = new Date();
  return new Date(n.getFullYear(), n.getMonth(), n.getDate());
}

export function lastBookableDay(): Date {
  const t = startOfToday();
  return new Date(t.getFullYear(), t.getMonth(), t.getDate() + BOOK_AHEAD_DAYS);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export interface Slot {
  time: string;
  free: boolean;
  reason?: 'taken' | 'past';
}

/**
 * Start times for a service on a day. Other clients' appointments are simulated from a hash of
 * the date, so the same day always looks the same; the user's own bookings are also taken.
 */
export function slotsFor(date: Date, service: Service, staff: string, own: Booking[], now = new Date()): Slot[] {
  const hours = HOURS[date.getDay()];
  if (!hours || date < startOfToday() || date > lastBookableDay()) return [];
  const iso = isoDate(date);
  const isToday = iso === isoDate(now);
  const nowMinutes = now.getHours() * 60 + now.getMinutes();
  const staffIds = staff === 'any' ? STAFF.slice(1).map((s) => s.id) : [staff];
  const slots: Slot[] = [];
  for (let start = hours[0]; start + service.minutes <= hours[1]; start += STEP) {
    const end = start + service.minutes;
    if (start < LUNCH[1] && end > LUNCH[0]) continue;
    const takenByOthers = staffIds.every((s) => hash(`${iso}|${s}|${start}`) % 100 < 42);
    const takenByMe = own.some((b) => b.date === iso && toMinutes(b.time) < end && toMinutes(b.time) + b.minutes > start);
    const past = isToday && start <= nowMinutes + 60;
    slots.push({ time: hhmm(start), free: !takenByOthers && !takenByMe && !past, reason: past ? 'past' : takenByOthers || takenByMe ? 'taken' : undefined });
  }
  return slots;
}

export interface Details {
  name: string;
  email: string;
  phone: string;
  notes: string;
  firstVisit: 'yes' | 'no';
  reminders: boolean;
  consent: boolean;
}

export type DetailErrors = Partial<Record<keyof Details, string>>;

export function validateDetails(d: Details): DetailErrors {
  const e: DetailErrors = {};
  if (d.name.trim().length < 2) e.name = 'Enter your full name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(d.email.trim())) e.email = 'Enter an email address like name@example.com.';
  const digits = d.phone.replace(/\D/g, '');
  if (!d.phone.trim()) e.phone = 'Enter a phone number in case we need to reach you.';
  else if (!/^\+?[\d\s()./-]+$/.test(d.phone.trim()) || digits.length < 7 || digits.length > 15) e.phone = 'Use 7 to 15 digits, e.g. +44 20 7946 0958.';
  if (d.notes.length > 400) e.notes = 'Keep notes under 400 characters.';
  if (!d.consent) e.consent = 'Please accept the cancellation policy to book.';
  return e;
}

export interface Booking {
  ref: string;
  serviceId: string;
  serviceName: string;
  minutes: number;
  price: number;
  staff: string;
  date: string;
  time: string;
  name: string;
  email: string;
  createdAt: number;
}

export function money(n: number): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(n);
}

export function longDate(iso: string): string {
  return fromIso(iso).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bookings';
}

const KEY = `bookings:${slug(config.title)}`;

function isBooking(v: unknown): v is Booking {
  if (!v || typeof v !== 'object') return false;
  const b = v as Record<string, unknown>;
  return ['ref', 'serviceId', 'serviceName', 'staff', 'date', 'time', 'name', 'email'].every((k) => typeof b[k] === 'string') && typeof b.minutes === 'number' && typeof b.price === 'number';
}

export function loadBookings(): { bookings: Booking[]; ok: boolean } {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return { bookings: Array.isArray(parsed) ? parsed.filter(isBooking) : [], ok: true };
  } catch {
    return { bookings: [], ok: false };
  }
}

export function saveBookings(list: Booking[]): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

export function newRef(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  let ref = '';
  for (let i = 0; i < 3; i++) ref += letters[Math.floor(Math.random() * letters.length)];
  return `${ref}-${Math.floor(1000 + Math.random() * 9000)}`;
}

/** A calendar file for the appointment (local time, no time zone, which every calendar app accepts). */
export function icsFor(b: Booking): string {
  const [y, m, d] = b.date.split('-');
  const start = toMinutes(b.time);
  const end = start + b.minutes;
  const t = (mins: number) => `${String(Math.floor(mins / 60)).padStart(2, '0')}${String(mins % 60).padStart(2, '0')}00`;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${config.title}//Booking//EN`,
    'BEGIN:VEVENT',
    `UID:${b.ref}@${slug(config.title)}`,
    `DTSTAMP:${new Date(b.createdAt).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
    `DTSTART:${y}${m}${d}T${t(start)}`,
    `DTEND:${y}${m}${d}T${t(end)}`,
    `SUMMARY:${b.serviceName} (${config.title})`,
    `DESCRIPTION:Booking reference ${b.ref}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}
