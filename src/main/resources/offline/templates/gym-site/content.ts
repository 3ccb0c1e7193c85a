import { config } from './config';

export const NAV = [
  { id: 'classes', label: 'Classes' },
  { id: 'trainers', label: 'Trainers' },
  { id: 'membership', label: 'Membership' },
  { id: 'visit', label: 'Visit' },
];

export type ClassType = 'Strength' | 'HIIT' | 'Yoga' | 'Spin' | 'Boxing' | 'Mobility';

export const CLASS_TYPES: { id: ClassType; icon: string; blurb: string }[] = [
  { id: 'Strength', icon: '🏋️', blurb: 'Barbells, kettlebells and good form.' },
  { id: 'HIIT', icon: '⚡', blurb: 'Short, sharp intervals for conditioning.' },
  { id: 'Spin', icon: '🚴', blurb: 'Indoor cycling to a big playlist.' },
  { id: 'Boxing', icon: '🥊', blurb: 'Pads, bags and footwork. No sparring.' },
  { id: 'Yoga', icon: '🧘', blurb: 'Flow and strength, all levels.' },
  { id: 'Mobility', icon: '🤸', blurb: 'Joints, stretching and recovery.' },
];

export interface Trainer {
  id: string;
  name: string;
  role: string;
  specialties: string[];
  bio: string;
  certs: string;
}

export const TRAINERS: Trainer[] = [
  { id: 'marcus', name: 'Marcus Reid', role: 'Head coach', specialties: ['Strength', 'Powerlifting'], certs: 'NSCA-CSCS · 12 years coaching', bio: 'Former national-level powerlifter who now gets just as excited about your first proper deadlift as his own records.' },
  { id: 'priya', name: 'Priya Nair', role: 'Yoga & mobility', specialties: ['Yoga', 'Mobility'], certs: 'RYT-500 · Physiotherapy BSc', bio: 'Priya blends her physio background with yoga to keep lifters moving well and desk workers pain-free.' },
  { id: 'tomas', name: 'Tomás Ferreira', role: 'Conditioning coach', specialties: ['HIIT', 'Spin'], certs: 'ACE-CPT · Indoor cycling instructor', bio: 'Tomás builds playlists like other people build workouts. His 7 a.m. spin class has a waiting list for a reason.' },
  { id: 'jade', name: 'Jade Okoro', role: 'Boxing coach', specialties: ['Boxing', 'HIIT'], certs: 'England Boxing Level 2 · ex-amateur champion', bio: 'Jade teaches technique first, so beginners feel at home and experienced boxers still learn something new.' },
];

export interface GymClass {
  id: string;
  /** 0 = Monday … 6 = Sunday */
  day: number;
  start: string;
  minutes: number;
  type: ClassType;
  name: string;
  trainer: string;
  level: 'All levels' | 'Beginner' | 'Intermediate' | 'Advanced';
  capacity: number;
  booked: number;
}

const RAW: [number, string, number, ClassType, string, string, GymClass['level'], number, number][] = [
  [0, '07:00', 45, 'Spin', 'Sunrise Spin', 'tomas', 'All levels', 20, 17],
  [0, '12:15', 45, 'Strength', 'Lunchtime Lifts', 'marcus', 'Intermediate', 12, 9],
  [0, '18:00', 50, 'HIIT', 'Engine Room', 'tomas', 'All levels', 18, 18],
  [0, '19:15', 60, 'Yoga', 'Vinyasa Flow', 'priya', 'All levels', 16, 8],
  [1, '07:00', 45, 'Boxing', 'Boxing Basics', 'jade', 'Beginner', 14, 6],
  [1, '12:15', 30, 'Mobility', 'Desk Reset', 'priya', 'All levels', 16, 5],
  [1, '18:00', 60, 'Strength', 'Barbell Club', 'marcus', 'Advanced', 10, 10],
  [1, '19:15', 45, 'Spin', 'Rhythm Ride', 'tomas', 'All levels', 20, 12],
  [2, '07:00', 45, 'HIIT', 'Wake-up HIIT', 'jade', 'All levels', 18, 11],
  [2, '12:15', 45, 'Yoga', 'Power Yoga', 'priya', 'Intermediate', 16, 14],
  [2, '18:00', 60, 'Boxing', 'Fight Club Conditioning', 'jade', 'Intermediate', 14, 13],
  [2, '19:15', 60, 'Strength', 'Kettlebell Strong', 'marcus', 'All levels', 12, 4],
  [3, '07:00', 45, 'Spin', 'Sunrise Spin', 'tomas', 'All levels', 20, 15],
  [3, '12:15', 45, 'Strength', 'Lunchtime Lifts', 'marcus', 'Intermediate', 12, 7],
  [3, '18:00', 45, 'HIIT', 'Engine Room', 'tomas', 'All levels', 18, 16],
  [3, '19:15', 45, 'Mobility', 'Stretch & Restore', 'priya', 'All levels', 16, 9],
  [4, '07:00', 45, 'Boxing', 'Boxing Basics', 'jade', 'Beginner', 14, 8],
  [4, '12:15', 45, 'HIIT', 'Friday Finisher', 'jade', 'All levels', 18, 10],
  [4, '17:30', 60, 'Strength', 'Barbell Club', 'marcus', 'Advanced', 10, 6],
  [5, '09:00', 60, 'Spin', 'Long Ride', 'tomas', 'Intermediate', 20, 19],
  [5, '10:30', 60, 'Strength', 'Team Strength', 'marcus', 'All levels', 16, 12],
  [5, '12:00', 75, 'Yoga', 'Slow Flow', 'priya', 'Beginner', 16, 10],
  [6, '10:00', 60, 'Yoga', 'Sunday Yoga', 'priya', 'All levels', 16, 12],
  [6, '11:30', 45, 'Mobility', 'Recovery Hour', 'priya', 'All levels', 16, 6],
];

export const CLASSES: GymClass[] = RAW.map(([day, start, minutes, type, name, trainer, level, capacity, booked], i) => ({
  id: `c${i}`,
  day,
  start,
  minutes,
  type,
  name,
  trainer,
  level,
  capacity,
  booked,
}));

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Today as 0 = Monday … 6 = Sunday. */
export function todayIndex(date = new Date()): number {
  return (date.getDay() + 6) % 7;
}

export function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export interface Plan {
  id: string;
  name: string;
  monthly: number;
  blurb: string;
  perks: string[];
  featured?: boolean;
}

export const PLANS: Plan[] = [
  { id: 'offpeak', name: 'Off-peak', monthly: 29, blurb: 'Weekdays 9:00–16:00 and weekends.', perks: ['Gym floor access', '2 classes a week', 'Lockers and showers', 'Free induction session'] },
  { id: 'unlimited', name: 'Unlimited', monthly: 49, blurb: 'Train whenever you like.', perks: ['24/7 gym floor access', 'Unlimited classes', 'Bring a friend once a month', 'Progress check every quarter'], featured: true },
  { id: 'premium', name: 'Premium', monthly: 79, blurb: 'Everything, plus personal coaching.', perks: ['Everything in Unlimited', '2 personal training sessions a month', 'Custom programme in the app', 'Towel service and sauna'] },
];

/** Yearly billing: twelve months for the price of ten. */
export function planPrice(plan: Plan, yearly: boolean): { amount: number; note: string } {
  return yearly ? { amount: plan.monthly * 10, note: 'per year · 2 months free' } : { amount: plan.monthly, note: 'per month · cancel anytime' };
}

export const HOURS: { days: string; hours: string; dayIndexes: number[] }[] = [
  { days: 'Monday – Friday', hours: '06:00 – 22:00', dayIndexes: [0, 1, 2, 3, 4] },
  { days: 'Saturday', hours: '08:00 – 20:00', dayIndexes: [5] },
  { days: 'Sunday', hours: '09:00 – 18:00', dayIndexes: [6] },
];

export const OPEN: [number, number][] = [
  [6, 22], [6, 22], [6, 22], [6, 22], [6, 22], [8, 20], [9, 18],
];

export function isOpen(date = new Date()): boolean {
  const [from, to] = OPEN[todayIndex(date)];
  const h = date.getHours() + date.getMinutes() / 60;
  return h >= from && h < to;
}

export const ADDRESS = { street: '48 Foundry Lane', city: 'Millbrook, MB4 2RT', phone: '+44 20 7946 0311' };

export function money(n: number): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
}

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gym';
}

export const BOOKINGS_KEY = `gym-bookings:${slug(config.title)}`;
export const EMAIL = `hello@${slug(config.title).replace(/-/g, '')}.com`;

export function loadBookings(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(BOOKINGS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string' && CLASSES.some((c) => c.id === x)) : [];
  } catch {
    return [];
  }
}

export function saveBookings(ids: string[]): boolean {
  try {
    window.localStorage.setItem(BOOKINGS_KEY, JSON.stringify(ids));
    return true;
  } catch {
    return false;
  }
}
