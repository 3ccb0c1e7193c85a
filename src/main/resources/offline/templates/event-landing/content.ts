import { config } from './config';

export const NAV = [
  { id: 'schedule', label: 'Schedule' },
  { id: 'speakers', label: 'Speakers' },
  { id: 'tickets', label: 'Tickets' },
  { id: 'venue', label: 'Venue' },
  { id: 'faq', label: 'FAQ' },
];

/** The event is always about two months ahead: the Thursday at least 56 days from today. */
function eventStart(now = new Date()): Date {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 56, 9, 0, 0);
  while (d.getDay() !== 4) d.setDate(d.getDate() + 1);
  return d;
}

export const START = eventStart();
export const DAY_TWO = new Date(START.getFullYear(), START.getMonth(), START.getDate() + 1, 9, 0, 0);
/** Early-bird prices end three weeks before the event. */
export const EARLY_BIRD_END = new Date(START.getFullYear(), START.getMonth(), START.getDate() - 21, 23, 59, 0);

export function dayLabel(date: Date, long = false): string {
  return new Intl.DateTimeFormat(undefined, { weekday: long ? 'long' : 'short', day: 'numeric', month: long ? 'long' : 'short' }).format(date);
}

export function dateRange(): string {
  const sameMonth = START.getMonth() === DAY_TWO.getMonth();
  const month = new Intl.DateTimeFormat(undefined, { month: 'long' });
  return sameMonth
    ? `${START.getDate()}–${DAY_TWO.getDate()} ${month.format(START)} ${START.getFullYear()}`
    : `${START.getDate()} ${month.format(START)} – ${DAY_TWO.getDate()} ${month.format(DAY_TWO)} ${DAY_TWO.getFullYear()}`;
}

export const VENUE = {
  name: 'Harbour Hall',
  street: '1 Quay Street',
  city: 'Riverside District',
  tips: [
    { icon: '🚆', title: 'By train', text: 'Central Station is a 6-minute walk along the river. Follow the signs to the Quay.' },
    { icon: '🚋', title: 'By tram', text: 'Lines 2 and 7 stop at “Harbour Hall” right in front of the entrance.' },
    { icon: '🚲', title: 'By bike', text: 'Free, guarded bike parking for 300 bikes next to the main entrance.' },
    { icon: '🏨', title: 'Stay nearby', text: 'Attendees get 15 % off at the Quayside Hotel and the Mill House with the code HORIZON.' },
  ],
};

export interface Speaker {
  id: string;
  name: string;
  role: string;
  company: string;
  bio: string;
}

export const SPEAKERS: Speaker[] = [
  { id: 'amara', name: 'Amara Okafor', role: 'Principal Engineer', company: 'Northwind Labs', bio: 'Amara leads the web platform team at Northwind Labs, where she has spent six years making a large app fast on slow phones. She writes about performance budgets and loves a good flame chart.' },
  { id: 'lukas', name: 'Lukas Brandt', role: 'Design Director', company: 'Studio Meridian', bio: 'Lukas has designed interfaces for banks, museums and a very demanding bakery. He teaches interaction design part-time and believes every design system starts with a good spreadsheet.' },
  { id: 'mei', name: 'Mei Lin Tan', role: 'Accessibility Lead', company: 'OpenGov Digital', bio: 'Mei Lin helps public services work for everyone. She has audited more than 200 government forms and will happily explain why placeholder text is not a label.' },
  { id: 'diego', name: 'Diego Alvarez', role: 'Staff Engineer', company: 'Parcelwise', bio: 'Diego builds the systems that move two million parcels a day. He talks about resilient front ends, offline-first apps and what happens when the network lies to you.' },
  { id: 'hannah', name: 'Hannah Whitfield', role: 'Product Manager', company: 'Lumen Health', bio: 'Hannah turns messy clinical workflows into calm software. Before product she was a nurse, which she says is the best training for prioritising under pressure.' },
  { id: 'kenji', name: 'Kenji Watanabe', role: 'Creative Technologist', company: 'Independent', bio: 'Kenji makes generative art, interactive installations and the occasional browser game. His work has been shown in Tokyo, Berlin and on a very large screen in a train station.' },
  { id: 'sofia', name: 'Sofia Rossi', role: 'Engineering Manager', company: 'Tessera', bio: 'Sofia grew a team from four to forty without losing its sense of humour. She speaks about onboarding, code review culture and how to say no to a roadmap.' },
  { id: 'noah', name: 'Noah Fischer', role: 'Developer Advocate', company: 'Canopy DB', bio: 'Noah has taught databases to thousands of developers and still gets excited about a well-placed index. Expect live demos that almost certainly work.' },
];

export type Track = 'Main stage' | 'Workshop room' | 'Everyone';
export type Kind = 'keynote' | 'talk' | 'workshop' | 'break' | 'social';

export interface Session {
  id: string;
  day: 1 | 2;
  start: string;
  end: string;
  title: string;
  track: Track;
  kind: Kind;
  speaker?: string;
  summary?: string;
}

export const SESSIONS: Session[] = [
  { id: 'd1-reg', day: 1, start: '08:00', end: '09:00', title: 'Registration and breakfast', track: 'Everyone', kind: 'break' },
  { id: 'd1-key', day: 1, start: '09:00', end: '09:45', title: 'Opening keynote: The fast web is a kind web', track: 'Main stage', kind: 'keynote', speaker: 'amara', summary: 'Why performance is an accessibility and equity issue, with numbers from real users on real phones.' },
  { id: 'd1-t1', day: 1, start: '10:00', end: '10:40', title: 'Design systems that people actually use', track: 'Main stage', kind: 'talk', speaker: 'lukas', summary: 'Adoption beats completeness: how to grow a design system from the components teams already copy-paste.' },
  { id: 'd1-w1', day: 1, start: '10:00', end: '12:00', title: 'Workshop: Accessible forms from scratch', track: 'Workshop room', kind: 'workshop', speaker: 'mei', summary: 'Hands-on: labels, errors, focus order and screen reader testing. Bring a laptop.' },
  { id: 'd1-t2', day: 1, start: '11:00', end: '11:40', title: 'When the network lies: resilient front ends', track: 'Main stage', kind: 'talk', speaker: 'diego', summary: 'Timeouts, retries and optimistic UI, and what two million parcels a day taught us about failure.' },
  { id: 'd1-lunch', day: 1, start: '12:00', end: '13:15', title: 'Lunch', track: 'Everyone', kind: 'break' },
  { id: 'd1-t3', day: 1, start: '13:15', end: '13:55', title: 'Calm software for busy clinics', track: 'Main stage', kind: 'talk', speaker: 'hannah', summary: 'Designing for interruptions, gloves and twelve-hour shifts.' },
  { id: 'd1-w2', day: 1, start: '13:15', end: '15:15', title: 'Workshop: Generative art with the canvas API', track: 'Workshop room', kind: 'workshop', speaker: 'kenji', summary: 'Noise, randomness and a little trigonometry. No art skills needed.' },
  { id: 'd1-t4', day: 1, start: '14:10', end: '14:50', title: 'Growing a team without losing its soul', track: 'Main stage', kind: 'talk', speaker: 'sofia', summary: 'Onboarding, review culture and rituals that scale from four to forty people.' },
  { id: 'd1-social', day: 1, start: '18:00', end: '21:00', title: 'Riverside party with food trucks and live music', track: 'Everyone', kind: 'social' },
  { id: 'd2-coffee', day: 2, start: '08:30', end: '09:15', title: 'Coffee and pastries', track: 'Everyone', kind: 'break' },
  { id: 'd2-t1', day: 2, start: '09:15', end: '09:55', title: 'Indexes are a love language', track: 'Main stage', kind: 'talk', speaker: 'noah', summary: 'Live demos of query plans, and the three indexes nearly every app is missing.' },
  { id: 'd2-w1', day: 2, start: '09:15', end: '11:15', title: 'Workshop: Performance profiling in practice', track: 'Workshop room', kind: 'workshop', speaker: 'amara', summary: 'Find and fix the slow parts of a real app, step by step, with the browser’s own tools.' },
  { id: 'd2-t2', day: 2, start: '10:10', end: '10:50', title: 'Screen readers for the rest of us', track: 'Main stage', kind: 'talk', speaker: 'mei', summary: 'A live tour of how three screen readers read the same page, and why they disagree.' },
  { id: 'd2-t3', day: 2, start: '11:05', end: '11:45', title: 'Offline first, for real this time', track: 'Main stage', kind: 'talk', speaker: 'diego', summary: 'Sync, conflicts and storage limits in apps that must work in a basement.' },
  { id: 'd2-lunch', day: 2, start: '12:00', end: '13:00', title: 'Lunch and community tables', track: 'Everyone', kind: 'break' },
  { id: 'd2-panel', day: 2, start: '13:00', end: '13:50', title: 'Panel: Saying no to the roadmap', track: 'Main stage', kind: 'talk', speaker: 'sofia', summary: 'Product, design and engineering leads on prioritising honestly.' },
  { id: 'd2-w2', day: 2, start: '13:00', end: '15:00', title: 'Workshop: Prototyping with real data', track: 'Workshop room', kind: 'workshop', speaker: 'lukas', summary: 'Replace placeholder screens with prototypes that use your real content.' },
  { id: 'd2-key', day: 2, start: '15:30', end: '16:15', title: 'Closing keynote: Play is serious', track: 'Main stage', kind: 'keynote', speaker: 'kenji', summary: 'What games and art installations can teach us about interfaces people love.' },
  { id: 'd2-close', day: 2, start: '16:15', end: '17:00', title: 'Closing drinks', track: 'Everyone', kind: 'social' },
];

export interface Tier {
  id: string;
  name: string;
  price: number;
  earlyPrice?: number;
  seats: number;
  blurb: string;
  perks: string[];
  featured?: boolean;
  passes: number;
}

export const TIERS: Tier[] = [
  { id: 'online', name: 'Online pass', price: 49, seats: 9999, passes: 1, blurb: 'Watch every main-stage talk live, from anywhere.', perks: ['Live stream of all talks', 'Recordings for a year', 'Online Q&A with speakers'] },
  { id: 'conference', name: 'Conference pass', price: 349, earlyPrice: 279, seats: 42, passes: 1, featured: true, blurb: 'Both days in person, workshops included.', perks: ['All talks and workshops', 'Breakfast, lunch and coffee', 'Riverside party on day one', 'Recordings for a year'] },
  { id: 'team', name: 'Team pack', price: 1390, earlyPrice: 1190, seats: 12, passes: 5, blurb: 'Five conference passes for your team.', perks: ['Everything in the conference pass', 'Five named passes', 'Reserved team table at lunch', 'One invoice'] },
];

export const FAQ: { q: string; a: string }[] = [
  { q: 'Will the talks be recorded?', a: 'Yes. Every main-stage talk is recorded and available to all ticket holders, online and in person, within a week of the event.' },
  { q: 'Do I need to book workshops separately?', a: 'No. Workshops are included in the conference pass, but seats are limited to 30 per workshop. You choose your workshops by email two weeks before the event.' },
  { q: 'Is the venue accessible?', a: `${VENUE.name} is step-free throughout, with accessible toilets on every floor, a hearing loop in the main hall and live captions for every talk.` },
  { q: 'Can I transfer my ticket?', a: 'Of course. Send us the new attendee’s name up to three days before the event and we will update the pass at no cost.' },
  { q: 'What is your refund policy?', a: 'Full refund until 30 days before the event, 50 % until 14 days before. After that we can transfer your ticket instead.' },
  { q: 'Is there a code of conduct?', a: `Yes. ${config.title} is dedicated to a harassment-free experience for everyone. Our team is on site and reachable by phone throughout both days.` },
];

export function money(n: number): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n);
}

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function monogram(title: string): string {
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'event';
}

export const AGENDA_KEY = `agenda:${slug(config.title)}`;
export const EMAIL = `hello@${slug(config.title).replace(/-/g, '')}.events`;
