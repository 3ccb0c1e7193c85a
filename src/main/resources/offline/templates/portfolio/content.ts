import { config } from './config';

export type ProjectCategory = 'Web' | 'Mobile' | 'Branding';

export interface Project {
  id: string;
  name: string;
  summary: string;
  category: ProjectCategory;
  year: number;
  role: string;
  icon: string;
  challenge: string;
  approach: string;
  outcomes: string[];
  tools: string[];
}

export const PROJECTS: Project[] = [
  {
    id: 'harvest',
    name: 'Harvest',
    summary: 'A grocery delivery app that gets the weekly shop done in under five minutes.',
    category: 'Mobile',
    year: 2024,
    role: 'Lead product designer',
    icon: '🥕',
    challenge: 'Shoppers abandoned their baskets at checkout: too many steps, and delivery slots appeared only at the very end.',
    approach: 'Moved slot selection to the start, introduced one-tap reorders of past baskets and rebuilt checkout as a single screen, tested weekly with real customers.',
    outcomes: ['Checkout time down 38 %', 'App store rating up from 4.2 to 4.7', 'Repeat orders up 21 % in three months'],
    tools: ['Figma', 'Maze', 'React Native'],
  },
  {
    id: 'ledgerly',
    name: 'Ledgerly',
    summary: 'Reporting dashboard for 12,000 small businesses that finally makes cash flow readable.',
    category: 'Web',
    year: 2024,
    role: 'Product designer & front-end developer',
    icon: '📊',
    challenge: 'Owners exported every report to spreadsheets because the built-in charts did not answer their real question: can I pay my bills next month?',
    approach: 'Interviewed 30 owners, designed a forecast-first overview and built the chart components in React with accessible tables behind every graph.',
    outcomes: ['Support tickets about reports down 45 %', 'Weekly active use of reports tripled', 'WCAG 2.2 AA across the dashboard'],
    tools: ['Figma', 'TypeScript', 'React', 'D3'],
  },
  {
    id: 'tideline',
    name: 'Tideline Surf School',
    summary: 'A relaxed, confident identity for a family-run surf school on the Atlantic coast.',
    category: 'Branding',
    year: 2023,
    role: 'Brand designer',
    icon: '🌊',
    challenge: 'The school looked like every other surf shop and struggled to reach parents booking lessons for their kids.',
    approach: 'Built the identity around safety and warmth: a hand-drawn wave mark, a sand-and-sea palette and friendly, plain-spoken copy for the booking pages.',
    outcomes: ['Family bookings up 60 % the next season', 'Identity rolled out to boards, vans and wetsuits', 'Featured in a regional design annual'],
    tools: ['Illustrator', 'InDesign', 'Procreate'],
  },
  {
    id: 'wayfinder',
    name: 'Wayfinder',
    summary: 'An offline-first museum guide with audio tours in nine languages.',
    category: 'Mobile',
    year: 2023,
    role: 'UX lead',
    icon: '🏛️',
    challenge: 'Visitors lost signal inside thick museum walls and the printed map could not keep up with changing exhibitions.',
    approach: 'Designed downloadable tours, a step-by-step indoor map and large, high-contrast controls that work one-handed with a headset on.',
    outcomes: ['80,000 downloads in the first year', 'Average visit length up 25 minutes', 'Used by three partner museums'],
    tools: ['Figma', 'Swift UI prototypes', 'Lottie'],
  },
  {
    id: 'open-shelf',
    name: 'Open Shelf',
    summary: 'A design system for public libraries, shared as open source.',
    category: 'Web',
    year: 2022,
    role: 'Design systems engineer',
    icon: '📚',
    challenge: 'Eleven library websites, eleven different catalogues and no shared components, so every fix was made eleven times.',
    approach: 'Audited all eleven sites, designed 42 accessible components with tokens for each library’s brand and documented them with live examples.',
    outcomes: ['42 components adopted by 11 libraries', 'New page templates built in days instead of weeks', 'Zero critical accessibility issues in the latest audit'],
    tools: ['Storybook', 'React', 'Style Dictionary', 'Playwright'],
  },
  {
    id: 'ember',
    name: 'Ember Roasters',
    summary: 'Packaging and web shop for a small-batch coffee roaster.',
    category: 'Branding',
    year: 2022,
    role: 'Designer & developer',
    icon: '☕',
    challenge: 'Great coffee, forgettable bags: the roaster’s shelf presence did not match the quality of what was inside.',
    approach: 'Designed a colour-coded label system by roast level, printed in small runs, and a lightweight web shop with subscriptions.',
    outcomes: ['Online subscriptions grew from 40 to 650', 'Stocked by 18 new cafés', 'Label system reused for seasonal releases'],
    tools: ['Illustrator', 'Figma', 'Shopify'],
  },
];

export const CATEGORIES: ('All' | ProjectCategory)[] = ['All', 'Web', 'Mobile', 'Branding'];

export const EXPERIENCE = [
  { years: '2022 – now', role: 'Independent designer & developer', place: 'Working with start-ups, studios and public institutions' },
  { years: '2019 – 2022', role: 'Senior product designer', place: 'A fintech scale-up, 40 → 220 people' },
  { years: '2016 – 2019', role: 'Front-end developer', place: 'A digital agency, web and app projects for 30+ clients' },
];

export const SKILLS: { group: string; icon: string; items: string[] }[] = [
  { group: 'Design', icon: '🎨', items: ['Product design', 'Interaction design', 'Prototyping', 'Design systems', 'Brand identity', 'Illustration'] },
  { group: 'Engineering', icon: '💻', items: ['TypeScript', 'React', 'Accessible HTML', 'CSS architecture', 'Data visualisation', 'Testing with Playwright'] },
  { group: 'Research & process', icon: '🔍', items: ['User interviews', 'Usability testing', 'Workshops', 'Analytics', 'Roadmapping', 'Mentoring'] },
];

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '') || 'hello';
}

export const EMAIL = `hello@${slug(config.title)}.com`;

const BUSINESS_WORDS = /\b(studio|studios|design|designs|lab|labs|agency|media|works|co|company|collective|creative|digital|group|bakery|cafe|café|shop|club|gym|house|partners)\b/i;

/** "Maya" for "Maya Chen"; the whole title when it looks like a studio or brand rather than a person. */
export function firstName(): string {
  const words = config.title.trim().split(/\s+/);
  const looksLikePerson = words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) && !BUSINESS_WORDS.test(config.title);
  return looksLikePerson ? words[0] : config.title;
}

export function initials(): string {
  const words = config.title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
