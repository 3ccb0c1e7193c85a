import { config } from './config';

export interface NavLink {
  id: string;
  label: string;
}

export const NAV_LINKS: NavLink[] = [
  { id: 'offer', label: 'What we offer' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'visit', label: 'Visit' },
  { id: 'contact', label: 'Contact' },
];

export interface Service {
  icon: string;
  title: string;
  text: string;
}

export const SERVICES: Service[] = [
  { icon: '✨', title: 'Everyday favourites', text: 'The things our regulars come back for, done properly every single day and ready when you are.' },
  { icon: '🗓️', title: 'Book ahead', text: 'Reserve your spot or place an order in advance, and skip the wait when you arrive.' },
  { icon: '🎉', title: 'Groups & private events', text: 'Birthdays, team days and celebrations: tell us what you have in mind and we take care of the details.' },
  { icon: '🌱', title: 'Seasonal specials', text: 'Something new every few weeks, inspired by the season and by what our customers ask for.' },
  { icon: '🎁', title: 'Gift cards', text: `Share a little of ${config.title} with someone you like. Available in any amount, valid for a year.` },
  { icon: '⭐', title: 'Regulars’ rewards', text: 'Every visit counts: collect points as you go and enjoy a treat on us with every tenth visit.' },
];

export interface Testimonial {
  quote: string;
  name: string;
  detail: string;
}

export const TESTIMONIALS: Testimonial[] = [
  {
    quote: `Friendly from the very first hello. The team at ${config.title} remembered my name on my second visit, and it has been consistently excellent ever since.`,
    name: 'Priya Shah',
    detail: 'Regular since 2019',
  },
  {
    quote: 'We booked a private afternoon for our team of twelve and they handled every detail. Zero stress, great atmosphere, and we are already planning the next one.',
    name: 'Daniel Kowalski',
    detail: 'Office manager',
  },
  {
    quote: 'Honest advice, fair prices and a genuinely warm welcome. It has become the highlight of my week, and I send all my friends here.',
    name: 'Marta López',
    detail: 'Lives around the corner',
  },
];

/** Opening hours per weekday, 0 = Sunday as in Date.getDay(); null means closed. Times are minutes after midnight. */
export const HOURS: ({ open: number; close: number } | null)[] = [
  { open: 9 * 60, close: 15 * 60 },
  { open: 7 * 60, close: 19 * 60 },
  { open: 7 * 60, close: 19 * 60 },
  { open: 7 * 60, close: 19 * 60 },
  { open: 7 * 60, close: 19 * 60 },
  { open: 7 * 60, close: 20 * 60 },
  { open: 8 * 60, close: 18 * 60 },
];

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Two-letter mark for the logo, e.g. "SC" for Sweet Crumbs. */
export function monogram(title: string): string {
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '') || 'hello';
}

export const CONTACT = {
  street: '24 Harbour Lane',
  city: 'Old Town, 10115',
  phone: '+1 (555) 014-2290',
  email: `hello@${slug(config.title)}.com`,
};

export function formatTime(minutes: number): string {
  const date = new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(date);
}

export interface OpenStatus {
  open: boolean;
  text: string;
}

/** "Open now · until 7:00 PM" or "Closed · opens Monday at 7:00 AM". */
export function openStatus(now: Date = new Date()): OpenStatus {
  const day = now.getDay();
  const minutes = now.getHours() * 60 + now.getMinutes();
  const today = HOURS[day];
  if (today && minutes >= today.open && minutes < today.close) {
    return { open: true, text: `Open now · until ${formatTime(today.close)}` };
  }
  if (today && minutes < today.open) {
    return { open: false, text: `Closed · opens today at ${formatTime(today.open)}` };
  }
  for (let i = 1; i <= 7; i++) {
    const next = HOURS[(day + i) % 7];
    if (next) {
      const when = i === 1 ? 'tomorrow' : DAY_NAMES[(day + i) % 7];
      return { open: false, text: `Closed · opens ${when} at ${formatTime(next.open)}` };
    }
  }
  return { open: false, text: 'Closed' };
}

/** Scrolls to a section without changing the URL (the app may live inside a preview frame). */
export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
