import { config } from './config';

export type SceneKind = 'mountains' | 'sunset' | 'city' | 'forest' | 'dunes' | 'portrait' | 'aurora' | 'lake' | 'arches' | 'fields' | 'rain' | 'bloom';
export type Category = 'Landscapes' | 'Portraits' | 'Cities' | 'Details';

export interface Photo {
  id: string;
  title: string;
  kind: SceneKind;
  category: Category;
  place: string;
  year: number;
  /** width / height */
  ratio: number;
  camera: string;
  settings: string;
  story: string;
}

export const CATEGORIES: Category[] = ['Landscapes', 'Portraits', 'Cities', 'Details'];

export const PHOTOS: Photo[] = [
  { id: 'p1', title: 'First light over the ridge', kind: 'mountains', category: 'Landscapes', place: 'Dolomites, Italy', year: 2024, ratio: 3 / 2, camera: 'Fujifilm GFX 50S II · 45 mm', settings: 'f/11 · 1/125 s · ISO 100', story: 'A 4 a.m. start and a frozen thermos, rewarded by ten minutes of pink light before the clouds rolled in.' },
  { id: 'p2', title: 'Maya, late afternoon', kind: 'portrait', category: 'Portraits', place: 'Studio, Lisbon', year: 2024, ratio: 2 / 3, camera: 'Sony A7 IV · 85 mm', settings: 'f/1.8 · 1/250 s · ISO 200', story: 'Window light and a white reflector. Maya laughed at a terrible joke just before this frame.' },
  { id: 'p3', title: 'Harbour at dusk', kind: 'sunset', category: 'Landscapes', place: 'Porto, Portugal', year: 2023, ratio: 4 / 3, camera: 'Fujifilm X-T5 · 23 mm', settings: 'f/8 · 1/60 s · ISO 160', story: 'The fishing boats came in just as the sun touched the water.' },
  { id: 'p4', title: 'Midnight windows', kind: 'city', category: 'Cities', place: 'Hong Kong', year: 2023, ratio: 2 / 3, camera: 'Sony A7 IV · 35 mm', settings: 'f/4 · 1/30 s · ISO 3200', story: 'Every window a different life. Shot from a footbridge with the camera resting on the rail.' },
  { id: 'p5', title: 'Quiet pines', kind: 'forest', category: 'Landscapes', place: 'Black Forest, Germany', year: 2022, ratio: 3 / 2, camera: 'Fujifilm GFX 50S II · 110 mm', settings: 'f/5.6 · 1/15 s · ISO 200', story: 'Morning fog that lasted exactly one coffee.' },
  { id: 'p6', title: 'Erg Chebbi ripples', kind: 'dunes', category: 'Details', place: 'Merzouga, Morocco', year: 2022, ratio: 1, camera: 'Fujifilm X-T5 · 56 mm', settings: 'f/9 · 1/500 s · ISO 125', story: 'Low sun turns the smallest ripple into a mountain range.' },
  { id: 'p7', title: 'Northern lights, Senja', kind: 'aurora', category: 'Landscapes', place: 'Senja, Norway', year: 2024, ratio: 3 / 2, camera: 'Sony A7 IV · 20 mm', settings: 'f/1.8 · 6 s · ISO 1600', story: 'Minus eighteen degrees, and the sky danced for almost an hour.' },
  { id: 'p8', title: 'Still water', kind: 'lake', category: 'Landscapes', place: 'Lake Bled, Slovenia', year: 2021, ratio: 4 / 5, camera: 'Fujifilm X-T4 · 16 mm', settings: 'f/11 · 1/4 s · ISO 80', story: 'Not a breath of wind: the lake became a mirror for a few minutes after sunrise.' },
  { id: 'p9', title: 'Arches in noon light', kind: 'arches', category: 'Details', place: 'Seville, Spain', year: 2023, ratio: 4 / 5, camera: 'Fujifilm X-T5 · 33 mm', settings: 'f/8 · 1/640 s · ISO 125', story: 'Hard midday sun is usually a problem. Here it draws the architecture for you.' },
  { id: 'p10', title: 'Lavender rows', kind: 'fields', category: 'Landscapes', place: 'Valensole, France', year: 2022, ratio: 3 / 2, camera: 'Fujifilm X-T4 · 90 mm', settings: 'f/5.6 · 1/250 s · ISO 160', story: 'The bees were louder than the cicadas.' },
  { id: 'p11', title: 'After the rain', kind: 'rain', category: 'Cities', place: 'Tokyo, Japan', year: 2024, ratio: 2 / 3, camera: 'Sony A7 IV · 50 mm', settings: 'f/2 · 1/125 s · ISO 1250', story: 'Neon on wet asphalt: the reason to carry a camera on rainy evenings.' },
  { id: 'p12', title: 'Peony study', kind: 'bloom', category: 'Details', place: 'Studio, Lisbon', year: 2023, ratio: 1, camera: 'Sony A7 IV · 90 mm macro', settings: 'f/4 · 1/160 s · ISO 100', story: 'A single stem from the market, one softbox and a black card.' },
];

export const NAV = [
  { id: 'work', label: 'Work' },
  { id: 'about', label: 'About' },
  { id: 'packages', label: 'Sessions' },
  { id: 'contact', label: 'Contact' },
];

export const PACKAGES = [
  { id: 'portrait', name: 'Portrait session', price: 320, duration: '90 minutes', perks: ['One location, studio or outdoors', '25 edited photos in full resolution', 'Online gallery for a year', 'Print release'] },
  { id: 'event', name: 'Wedding & events', price: 1850, duration: 'Up to 8 hours', perks: ['Consultation and location scouting', '400+ edited photos', 'Second photographer on request', 'Hand-made printed album'], featured: true },
  { id: 'brand', name: 'Brand & editorial', price: 680, duration: 'Half day', perks: ['Team portraits and workspace', 'Product and detail shots', 'Licensed for web and print', 'Delivery within 7 days'] },
];

export const SHOOT_TYPES = ['Portrait session', 'Wedding', 'Event', 'Brand or editorial', 'Something else'];

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '') || 'studio';
}

/** The photographer's name: the title without words like "Photography" or "Studio". */
export function personName(): string {
  const name = config.title.replace(/\b(photography|photographer|photos?|studio|portfolio)\b/gi, '').replace(/\s{2,}/g, ' ').trim();
  return name || config.title;
}

export const CONTACT = {
  email: `studio@${slug(personName())}.com`,
  phone: '+351 912 480 316',
  base: 'Based in Lisbon, travelling worldwide',
};
