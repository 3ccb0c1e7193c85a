import { config } from './config';

export const NAV = [
  { id: 'features', label: 'Features' },
  { id: 'how', label: 'How it works' },
  { id: 'pricing', label: 'Pricing' },
  { id: 'faq', label: 'FAQ' },
];

export const LOGOS = ['Northwind', 'Lumen Labs', 'Brightside', 'Copperleaf', 'Atlas & Co', 'Kitebird'];

export const STATS = [
  { value: '12,000+', label: 'teams use it every day' },
  { value: '6 h', label: 'saved per person each week' },
  { value: '99.98 %', label: 'uptime over the last 12 months' },
];

export const FEATURES = [
  { icon: '🗂️', title: 'Boards, lists and timelines', text: 'Plan the same work three ways. Drag a task on the timeline and the board updates with it.' },
  { icon: '⚡', title: 'Automations without code', text: 'When a task moves to Review, assign the reviewer and post in the channel. Build rules in plain language.' },
  { icon: '📝', title: 'Docs next to the work', text: 'Specs, meeting notes and decisions live beside the tasks they belong to, with live co-editing.' },
  { icon: '🔌', title: '60+ integrations', text: 'Connect Slack, GitHub, Google Drive, Figma and your calendar. Two-way sync, set up in a minute.' },
  { icon: '📊', title: 'Reports that write themselves', text: 'Workload, cycle time and burndown charts update in real time. Share a weekly summary automatically.' },
  { icon: '🔒', title: 'Security you can show IT', text: 'SSO and SCIM, audit logs, data residency in the EU or US, and encryption at rest and in transit.' },
];

export const STEPS = [
  { title: 'Import in minutes', text: 'Bring projects over from spreadsheets, Trello, Asana or Jira with one guided import.' },
  { title: 'Invite your team', text: 'Everyone gets a personal Today view of what needs them, and nothing they don’t.' },
  { title: 'Let the busywork run itself', text: 'Start from 30 ready-made automations for stand-ups, hand-offs, approvals and reminders.' },
];

export interface Plan {
  id: string;
  name: string;
  blurb: string;
  /** per seat per month; null means "talk to us" */
  monthly: number | null;
  yearly: number | null;
  seats: string;
  features: string[];
  cta: string;
  highlight?: boolean;
}

export const PLANS: Plan[] = [
  { id: 'starter', name: 'Starter', blurb: 'For individuals and tiny teams getting organised.', monthly: 0, yearly: 0, seats: 'Up to 3 people', features: ['Unlimited tasks and boards', '5 automations a month', '1 GB file storage', 'Web, desktop and mobile apps'], cta: 'Start for free' },
  { id: 'team', name: 'Team', blurb: 'Everything a growing team needs to plan and ship.', monthly: 12, yearly: 10, seats: 'Up to 50 people', features: ['Everything in Starter', 'Timelines and workload view', '1,000 automations a month', 'Guest access', '100 GB storage'], cta: 'Start 14-day trial', highlight: true },
  { id: 'business', name: 'Business', blurb: 'For departments that need control and reporting.', monthly: 24, yearly: 20, seats: 'Unlimited people', features: ['Everything in Team', 'Advanced reports and dashboards', '25,000 automations a month', 'SSO (SAML) and audit log', 'Priority support'], cta: 'Start 14-day trial' },
  { id: 'enterprise', name: 'Enterprise', blurb: 'Security, scale and a dedicated partner.', monthly: null, yearly: null, seats: 'Volume pricing', features: ['Everything in Business', 'SCIM provisioning', 'EU or US data residency', '99.9 % uptime SLA', 'Dedicated success manager'], cta: 'Talk to sales' },
];

export const FAQ = [
  { q: 'Is there really a free plan?', a: `Yes. Starter is free for up to three people, for as long as you like, with no credit card. Upgrade when you need timelines, more automations or more people.` },
  { q: 'How does the free trial work?', a: 'Team and Business come with 14 days of every feature. We will remind you three days before it ends, and if you do nothing your workspace simply moves to the Starter plan: nothing is deleted.' },
  { q: 'What is a seat?', a: 'A seat is one member of your workspace. Guests you invite to single projects (clients, freelancers) are free on every paid plan.' },
  { q: 'Can I switch between monthly and yearly billing?', a: 'Any time, from the billing page. Yearly billing costs the same as ten months, so you get two months free; if you switch mid-cycle we credit the unused time.' },
  { q: 'Where is our data stored?', a: 'In ISO 27001 and SOC 2 Type II certified data centres. Enterprise customers can choose EU-only or US-only storage, and you can export everything as CSV or JSON at any time.' },
  { q: `Can we migrate from another tool to ${config.title}?`, a: 'Yes. The importer brings in projects, tasks, assignees, due dates and comments from spreadsheets, Trello, Asana and Jira. On Business and Enterprise we also help you plan the move.' },
];

export const TESTIMONIAL = {
  quote: `We replaced three tools and a weekly status meeting with ${config.title}. Hand-offs that took a day now take minutes, and everyone finally knows what is happening.`,
  name: 'Amara Okafor',
  role: 'Head of Operations, Lumen Labs',
};

export function money(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: value % 1 ? 2 : 0 }).format(value);
}

export function scrollToSection(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function initials(title: string): string {
  const words = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? '?').slice(0, 1)).toUpperCase();
}
