import { config } from './config';

export interface Day {
  date: Date;
  steps: number;
  activeKcal: number;
  /** minutes per sleep stage, for the night before this day */
  sleep: { deep: number; light: number; rem: number };
  restingHr: number;
}

export type WorkoutType = 'Run' | 'Cycle' | 'Strength' | 'Yoga' | 'Swim' | 'Walk';

export interface Workout {
  date: Date;
  type: WorkoutType;
  minutes: number;
  km: number | null;
  kcal: number;
}

export interface Goals {
  steps: number;
  sleepHours: number;
  activeKcal: number;
  workouts: number;
}

export const DEFAULT_GOALS: Goals = { steps: 10000, sleepHours: 7.5, activeKcal: 500, workouts: 4 };
export const WEEKS = 8;

export const WORKOUT_ICONS: Record<WorkoutType, string> = { Run: '🏃', Cycle: '🚴', Strength: '🏋️', Yoga: '🧘', Swim: '🏊', Walk: '🚶' };

/** Small deterministic generator, so the sample history is the same on every visit. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** Monday of the week containing d. */
export function startOfWeek(d: Date): Date {
  return addDays(startOfDay(d), -((d.getDay() + 6) % 7));
}

function dayNumber(d: Date): number {
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

/** Sample history for the last WEEKS weeks up to today, with a gentle upward trend and weekend patterns. */
export function buildHistory(today: Date = new Date()): { days: Day[]; workouts: Workout[] } {
  const first = addDays(startOfWeek(today), -(WEEKS - 1) * 7);
  const days: Day[] = [];
  const workouts: Workout[] = [];
  const last = startOfDay(today);
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const r = rng(dayNumber(d) * 7919);
    const weekIndex = Math.floor((d.getTime() - first.getTime()) / (7 * 86_400_000));
    const weekend = d.getDay() === 0 || d.getDay() === 6;
    const trend = 1 + weekIndex * 0.025;
    const isToday = d.getTime() === last.getTime();
    const dayShare = isToday ? Math.min(1, Math.max(0.25, (today.getHours() * 60 + today.getMinutes()) / (21 * 60))) : 1;
    const steps = Math.round((weekend ? 11500 : 8200) * trend * (0.7 + r() * 0.6) * dayShare);
    const total = Math.round((weekend ? 480 : 420) + r() * 70 - 20);
    const deep = Math.round(total * (0.16 + r() * 0.06));
    const rem = Math.round(total * (0.2 + r() * 0.05));
    days.push({
      date: d,
      steps,
      activeKcal: Math.round((steps * 0.042 + 90 + r() * 80) * dayShare),
      sleep: { deep, rem, light: total - deep - rem },
      restingHr: Math.round(62 - weekIndex * 0.4 + r() * 4 - 2),
    });
    const workoutDay = [1, 3, 5, 6].includes(d.getDay()) || r() > 0.85;
    if (workoutDay && !isToday) {
      const types: WorkoutType[] = ['Run', 'Strength', 'Cycle', 'Yoga', 'Swim', 'Walk'];
      const type = d.getDay() === 6 ? 'Cycle' : d.getDay() === 3 ? 'Strength' : types[Math.floor(r() * types.length)];
      const minutes = Math.round((type === 'Cycle' ? 65 : type === 'Yoga' ? 45 : 32) * (0.8 + r() * 0.4));
      const speed: Partial<Record<WorkoutType, number>> = { Run: 10.5, Cycle: 22, Swim: 2.4, Walk: 5.2 };
      const km = speed[type] ? Math.round(((speed[type] as number) * minutes) / 60 * 10) / 10 : null;
      const perMin: Record<WorkoutType, number> = { Run: 11, Cycle: 9, Strength: 7, Yoga: 4, Swim: 10, Walk: 5 };
      workouts.push({ date: d, type, minutes, km, kcal: Math.round(minutes * perMin[type]) });
    }
  }
  return { days, workouts };
}

export const sleepMinutes = (d: Day) => d.sleep.deep + d.sleep.light + d.sleep.rem;

export function formatSleep(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(Math.round(minutes % 60)).padStart(2, '0')} min`;
}

export const num = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function change(now: number, before: number): number | null {
  return before > 0 ? ((now - before) / before) * 100 : null;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'fitness';
}

const STORAGE_KEY = `fitness-goals:${slug(config.title)}`;

export function loadGoals(): Goals {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_GOALS;
    const o = JSON.parse(raw) as Partial<Goals>;
    const pick = (v: unknown, min: number, max: number, d: number) => (typeof v === 'number' && v >= min && v <= max ? v : d);
    return {
      steps: pick(o.steps, 1000, 50000, DEFAULT_GOALS.steps),
      sleepHours: pick(o.sleepHours, 4, 12, DEFAULT_GOALS.sleepHours),
      activeKcal: pick(o.activeKcal, 50, 3000, DEFAULT_GOALS.activeKcal),
      workouts: pick(o.workouts, 1, 14, DEFAULT_GOALS.workouts),
    };
  } catch {
    return DEFAULT_GOALS;
  }
}

export function saveGoals(goals: Goals): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(goals));
  } catch {
    // Goals reset to the defaults next time.
  }
}
