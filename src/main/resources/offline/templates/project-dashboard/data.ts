export type Status = 'todo' | 'progress' | 'review' | 'done' | 'blocked';
export type Priority = 'High' | 'Medium' | 'Low';

export const STATUSES: { id: Status; label: string }[] = [
  { id: 'todo', label: 'To do' },
  { id: 'progress', label: 'In progress' },
  { id: 'review', label: 'In review' },
  { id: 'blocked', label: 'Blocked' },
  { id: 'done', label: 'Done' },
];

export interface Member {
  id: string;
  name: string;
  role: string;
  capacity: number;
}

export const TEAM: Member[] = [
  { id: 'ana', name: 'Ana Souza', role: 'Frontend', capacity: 16 },
  { id: 'ben', name: 'Ben Carter', role: 'Backend', capacity: 16 },
  { id: 'chloe', name: 'Chloé Martin', role: 'Design', capacity: 10 },
  { id: 'dev', name: 'Dev Patel', role: 'QA', capacity: 10 },
  { id: 'elif', name: 'Elif Yılmaz', role: 'Content', capacity: 8 },
];

const POOL: [string, string][] = [
  ['Homepage hero and navigation', 'ana'],
  ['Responsive product grid', 'ana'],
  ['Checkout address form validation', 'ana'],
  ['Dark mode for the account pages', 'ana'],
  ['Image lazy loading and sizes', 'ana'],
  ['Search suggestions dropdown', 'ana'],
  ['Product API pagination', 'ben'],
  ['Order confirmation emails', 'ben'],
  ['Migrate sessions to Redis', 'ben'],
  ['Rate limiting on the login endpoint', 'ben'],
  ['Inventory sync job', 'ben'],
  ['Webhooks for payment status', 'ben'],
  ['Design tokens for the new palette', 'chloe'],
  ['Empty states and error pages', 'chloe'],
  ['Mobile menu interaction design', 'chloe'],
  ['Icon set refresh', 'chloe'],
  ['Accessibility audit of checkout', 'dev'],
  ['End-to-end tests for sign-up', 'dev'],
  ['Regression suite for the cart', 'dev'],
  ['Performance budget in CI', 'dev'],
  ['Rewrite the About page copy', 'elif'],
  ['Product descriptions, spring range', 'elif'],
  ['FAQ content and structure', 'elif'],
  ['SEO titles and meta descriptions', 'elif'],
];

export interface Task {
  id: string;
  title: string;
  assignee: string;
  points: number;
  priority: Priority;
  status: Status;
  /** working day of the sprint (1..10) the task was or will be finished; above 10 means it slips */
  finishDay: number;
  /** day the task joined the sprint; 0 = planned at the start */
  addedDay: number;
  due: Date;
}

export interface Sprint {
  number: number;
  name: string;
  goal: string;
  days: Date[];
  /** working days finished so far: 10 for past sprints */
  elapsed: number;
  current: boolean;
  tasks: Task[];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

function mondayOf(d: Date): Date {
  const day = startOfDay(d);
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day;
}

function workingDays(start: Date): Date[] {
  const days: Date[] = [];
  for (let i = 0; days.length < 10; i++) {
    const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    if (d.getDay() !== 0 && d.getDay() !== 6) days.push(d);
  }
  return days;
}

const GOALS = [
  'Ship the new product pages behind a feature flag',
  'Checkout redesign ready for user testing',
  'Public beta: new homepage, search and account pages',
];

function buildSprint(number: number, start: Date, today: Date, current: boolean): Sprint {
  const r = rng(number * 7919);
  const days = workingDays(start);
  const elapsed = current ? days.filter((d) => d.getTime() <= startOfDay(today).getTime()).length : 10;
  const shuffled = [...POOL];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const picked = shuffled.slice(0, 15);
  // The same spread of estimates every sprint, in a different order.
  const pointsScale = [1, 1, 2, 2, 2, 3, 3, 3, 3, 5, 5, 5, 8, 3, 2];
  for (let i = pointsScale.length - 2; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pointsScale[i], pointsScale[j]] = [pointsScale[j], pointsScale[i]];
  }
  const tasks: Omit<Task, 'status' | 'finishDay' | 'due'>[] = picked.map(([title, assignee], i) => ({
    id: `WEB-${number * 20 + i + 101}`,
    title,
    assignee,
    points: pointsScale[i],
    priority: (['High', 'Medium', 'Medium', 'Low'] as Priority[])[Math.floor(r() * 4)],
    addedDay: i === 14 ? 3 : 0,
  }));
  // Finish days follow the order of work with a little noise; a lag factor above 1 lets some work slip.
  const total = tasks.reduce((s, t) => s + t.points, 0);
  const lag = current ? 1.16 : 1.06;
  let cumulative = 0;
  const order = tasks.map((t, i) => ({ t, i, key: r() + (t.addedDay ? 0.35 : 0) })).sort((a, b) => a.key - b.key);
  const finish: number[] = new Array(tasks.length).fill(0);
  for (const { t, i } of order) {
    cumulative += t.points;
    finish[i] = Math.max(t.addedDay + 1, Math.ceil((cumulative / total) * 10 * lag + (r() - 0.5) * 1.4));
  }
  const blockedIndex = current ? finish.findIndex((f) => f > elapsed + 2) : -1;
  return {
    number,
    name: `Sprint ${number}`,
    goal: GOALS[number % GOALS.length],
    days,
    elapsed,
    current,
    tasks: tasks.map((t, i) => {
      const f = finish[i];
      let status: Status;
      if (f <= elapsed) status = 'done';
      else if (i === blockedIndex) status = 'blocked';
      else if (!current) status = 'todo';
      else if (f - elapsed <= 1) status = 'review';
      else if (f - elapsed <= 3) status = 'progress';
      else status = 'todo';
      const dueDay = Math.min(9, Math.max(0, Math.round(f * 0.85) - 2));
      return { ...t, status, finishDay: f, due: days[dueDay] };
    }),
  };
}

/** The current sprint started on the Monday of last week; the two before it are finished. */
export function buildSprints(today = new Date()): Sprint[] {
  const start = mondayOf(today);
  start.setDate(start.getDate() - 7);
  return [14, 13, 12].map((n, i) => buildSprint(n, new Date(start.getFullYear(), start.getMonth(), start.getDate() - 14 * i), today, i === 0));
}

export interface BurnPoint {
  day: number;
  remaining: number;
  scope: number;
}

/** Remaining points at the end of each day (day 0 = sprint start), up to the last elapsed day. */
export function burndown(sprint: Sprint): BurnPoint[] {
  const points: BurnPoint[] = [];
  for (let day = 0; day <= sprint.elapsed; day++) {
    const scope = sprint.tasks.filter((t) => t.addedDay <= day).reduce((s, t) => s + t.points, 0);
    const done = sprint.tasks.filter((t) => t.status === 'done' && t.finishDay <= day).reduce((s, t) => s + t.points, 0);
    points.push({ day, remaining: scope - done, scope });
  }
  return points;
}

export function committed(sprint: Sprint): number {
  return sprint.tasks.filter((t) => t.addedDay === 0).reduce((s, t) => s + t.points, 0);
}

export function completedPoints(sprint: Sprint): number {
  return sprint.tasks.filter((t) => t.status === 'done').reduce((s, t) => s + t.points, 0);
}

export function isOverdue(task: Task, today = new Date()): boolean {
  return task.status !== 'done' && task.due.getTime() < startOfDay(today).getTime();
}

export function shortDate(d: Date): string {
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export interface Milestone {
  title: string;
  date: Date;
  done: boolean;
}

export function milestones(sprints: Sprint[]): Milestone[] {
  const current = sprints[0];
  const end = current.days[9];
  const add = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
  return [
    { title: 'Discovery and research wrapped up', date: add(sprints[2].days[0], -21), done: true },
    { title: 'Design system v2 signed off', date: sprints[2].days[9], done: true },
    { title: 'Checkout redesign in user testing', date: sprints[1].days[9], done: true },
    { title: 'Public beta', date: end, done: current.elapsed >= 10 },
    { title: 'Launch and old site switched off', date: add(end, 28), done: false },
  ];
}
