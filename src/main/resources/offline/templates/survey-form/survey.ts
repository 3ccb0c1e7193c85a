import { config } from './config';

export type Answer = string | number | string[] | Record<string, number>;
export type Answers = Record<string, Answer>;

interface Base {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  /** the question only appears (and is only validated) when this returns true */
  showIf?: (a: Answers) => boolean;
}

export type Question =
  | (Base & { kind: 'single'; options: string[]; other?: boolean; columns?: number })
  | (Base & { kind: 'multi'; options: string[]; max: number })
  | (Base & { kind: 'stars' })
  | (Base & { kind: 'nps' })
  | (Base & { kind: 'matrix'; rows: string[] })
  | (Base & { kind: 'text'; placeholder: string; maxLength: number; multiline: boolean; format?: 'email' });

export interface Step {
  title: string;
  intro: string;
  questions: Question[];
}

export const OTHER = 'Other';
export const SCALE = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

const wantsContact = (a: Answers) => a.contact === 'Yes, you can contact me';

export const STEPS: Step[] = [
  {
    title: 'Your visit',
    intro: 'A little about how you know us.',
    questions: [
      { id: 'source', kind: 'single', label: 'How did you first hear about us?', required: true, options: ['A friend or family member', 'Search engine', 'Social media', 'Walking or driving past', 'An online review', 'An advert'], other: true, columns: 2 },
      { id: 'frequency', kind: 'single', label: 'How often do you buy from us?', required: true, options: ['This was my first time', 'A few times a year', 'About once a month', 'Every week'], columns: 2 },
    ],
  },
  {
    title: 'Ratings',
    intro: 'Tell us how we did. Be honest: it’s how we improve.',
    questions: [
      { id: 'overall', kind: 'stars', label: 'Overall, how satisfied are you with us?', required: true },
      { id: 'nps', kind: 'nps', label: 'How likely are you to recommend us to a friend or colleague?', help: '0 = not at all likely, 10 = extremely likely', required: true },
      { id: 'aspects', kind: 'matrix', label: 'How would you rate…', required: true, rows: ['Quality', 'Value for money', 'Friendliness of the team', 'Speed of service', 'Ease of ordering or booking'] },
    ],
  },
  {
    title: 'What matters',
    intro: 'What we should keep, and what we should fix first.',
    questions: [
      { id: 'likes', kind: 'multi', label: 'What do you like most about us?', help: 'Pick up to three.', required: true, max: 3, options: ['Quality', 'Prices', 'Friendly staff', 'Location', 'Opening hours', 'Online ordering', 'Atmosphere', 'Range of choice'] },
      { id: 'improve', kind: 'single', label: 'If we could improve one thing first, what should it be?', required: true, options: ['Waiting times', 'Prices', 'Choice of products', 'Opening hours', 'Website or app', 'Nothing, keep it up'], other: true, columns: 2 },
    ],
  },
  {
    title: 'Your words',
    intro: 'Anything else on your mind? This part is optional.',
    questions: [
      { id: 'comment', kind: 'text', label: 'Anything else you would like to tell us?', required: false, placeholder: 'What made your day, or what let you down…', maxLength: 600, multiline: true },
      { id: 'contact', kind: 'single', label: 'May we contact you about your feedback?', required: true, options: ['Yes, you can contact me', 'No, thanks'], columns: 2 },
      { id: 'name', kind: 'text', label: 'Your name', required: true, placeholder: 'e.g. Jordan Lee', maxLength: 80, multiline: false, showIf: wantsContact },
      { id: 'email', kind: 'text', label: 'Your email', required: true, placeholder: 'you@example.com', maxLength: 120, multiline: false, format: 'email', showIf: wantsContact },
    ],
  },
];

export const ALL_QUESTIONS = STEPS.flatMap((s) => s.questions);

export function visible(q: Question, a: Answers): boolean {
  return q.showIf ? q.showIf(a) : true;
}

export function isAnswered(q: Question, a: Answers): boolean {
  const v = a[q.id];
  switch (q.kind) {
    case 'single':
      return typeof v === 'string' && v !== '' && (v !== OTHER || String(a[`${q.id}:other`] ?? '').trim() !== '');
    case 'multi':
      return Array.isArray(v) && v.length > 0;
    case 'stars':
    case 'nps':
      return typeof v === 'number';
    case 'matrix':
      return typeof v === 'object' && v !== null && !Array.isArray(v) && q.rows.every((r) => typeof (v as Record<string, number>)[r] === 'number');
    case 'text':
      return typeof v === 'string' && v.trim() !== '';
  }
}

export function validateQuestion(q: Question, a: Answers): string | null {
  if (!visible(q, a)) return null;
  const v = a[q.id];
  if (q.kind === 'single' && v === OTHER && String(a[`${q.id}:other`] ?? '').trim() === '') return 'Please tell us what “Other” means for you.';
  if (q.kind === 'matrix' && q.required && !isAnswered(q, a)) {
    const done = typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.keys(v).length : 0;
    return done === 0 ? 'Please rate each line.' : `Please rate the ${q.rows.length - done} remaining ${q.rows.length - done === 1 ? 'line' : 'lines'}.`;
  }
  if (q.required && !isAnswered(q, a)) {
    if (q.kind === 'text') return q.id === 'email' ? 'Please enter your email so we can reply.' : 'Please fill this in.';
    if (q.kind === 'multi') return 'Please pick at least one.';
    if (q.kind === 'stars' || q.kind === 'nps') return 'Please choose a score.';
    return 'Please choose an answer.';
  }
  if (q.kind === 'text' && typeof v === 'string') {
    if (v.length > q.maxLength) return `Please keep it under ${q.maxLength} characters.`;
    if (q.format === 'email' && v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.trim())) return 'That email address doesn’t look complete.';
  }
  return null;
}

export function stepErrors(step: Step, a: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const q of step.questions) {
    const e = validateQuestion(q, a);
    if (e) errors[q.id] = e;
  }
  return errors;
}

export function npsGroup(score: number): 'Promoter' | 'Passive' | 'Detractor' {
  return score >= 9 ? 'Promoter' : score >= 7 ? 'Passive' : 'Detractor';
}

/** Net Promoter Score: % promoters minus % detractors, from −100 to 100. */
export function npsScore(scores: number[]): number {
  if (!scores.length) return 0;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}

export interface Submission {
  at: number;
  answers: Answers;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'survey';
}

const DRAFT_KEY = `survey-draft:${slug(config.title)}`;
const RESPONSES_KEY = `survey-responses:${slug(config.title)}`;

export function loadDraft(): { answers: Answers; step: number } {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    if (!raw) return { answers: {}, step: 0 };
    const o = JSON.parse(raw) as { answers?: unknown; step?: unknown };
    const answers = o.answers && typeof o.answers === 'object' && !Array.isArray(o.answers) ? (o.answers as Answers) : {};
    const step = typeof o.step === 'number' && o.step >= 0 && o.step < STEPS.length ? Math.floor(o.step) : 0;
    return { answers, step };
  } catch {
    return { answers: {}, step: 0 };
  }
}

export function saveDraft(answers: Answers, step: number): void {
  try {
    if (Object.keys(answers).length === 0 && step === 0) window.localStorage.removeItem(DRAFT_KEY);
    else window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ answers, step }));
  } catch {
    // No draft then; the survey still works.
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

export function loadResponses(): Submission[] {
  try {
    const raw = window.localStorage.getItem(RESPONSES_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((s): s is Submission => !!s && typeof s === 'object' && typeof (s as Submission).at === 'number' && typeof (s as Submission).answers === 'object') : [];
  } catch {
    return [];
  }
}

export function saveResponses(list: Submission[]): void {
  try {
    window.localStorage.setItem(RESPONSES_KEY, JSON.stringify(list.slice(-200)));
  } catch {
    // Kept for this visit only.
  }
}
