import { config } from './config';
import { DEFAULT_CITY_IDS, cityById, safeZone } from './cities';

export interface ZonedTime {
  hour: number;
  minute: number;
  second: number;
  /** minutes east of UTC at that instant (daylight saving included) */
  offset: number;
  /** calendar day number, for comparing "today" / "tomorrow" between zones */
  dayIndex: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: safeZone(tz), hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partsFormatters.set(tz, f);
  }
  return f;
}

export function zoned(instant: Date, tz: string): ZonedTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  const offset = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  return { hour: parts.hour % 24, minute: parts.minute, second: parts.second, offset, dayIndex: Math.floor(Date.UTC(parts.year, parts.month - 1, parts.day) / 86400000) };
}

export function formatClock(instant: Date, tz: string, hour12: boolean, seconds = false): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: safeZone(tz), hour: 'numeric', minute: '2-digit', second: seconds ? '2-digit' : undefined, hour12 }).format(instant);
}

export function formatDate(instant: Date, tz: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: safeZone(tz), weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
}

export function formatOffset(minutes: number): string {
  const sign = minutes >= 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "3 h ahead", "5 h 30 min behind", "same time" */
export function formatDifference(minutes: number): string {
  if (minutes === 0) return 'Same time as you';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const text = [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
  return `${text} ${minutes > 0 ? 'ahead' : 'behind'}`;
}

export type Period = 'night' | 'morning' | 'work' | 'evening';

export function periodOf(hour: number, weekday: boolean): Period {
  if (hour < 6 || hour >= 22) return 'night';
  if (weekday && hour >= 9 && hour < 17) return 'work';
  if (hour < 12) return 'morning';
  return 'evening';
}

export function isWeekday(instant: Date, tz: string): boolean {
  const day = new Intl.DateTimeFormat('en-US', { timeZone: safeZone(tz), weekday: 'short' }).format(instant);
  return day !== 'Sat' && day !== 'Sun';
}

export function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface Prefs {
  cityIds: string[];
  hour12: boolean;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'clock';
}

const STORAGE_KEY = `world-clock:${slug(config.title)}`;

function defaultHour12(): boolean {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
  } catch {
    return false;
  }
}

export function loadPrefs(): Prefs {
  const fallback = { cityIds: DEFAULT_CITY_IDS, hour12: defaultHour12() };
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return fallback;
    const o = JSON.parse(raw) as Record<string, unknown>;
    const ids = Array.isArray(o.cityIds) ? o.cityIds.filter((id): id is string => typeof id === 'string' && cityById(id) !== undefined) : fallback.cityIds;
    return { cityIds: Array.from(new Set(ids)), hour12: typeof o.hour12 === 'boolean' ? o.hour12 : fallback.hour12 };
  } catch {
    return fallback;
  }
}

export function savePrefs(prefs: Prefs): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch {
    // Cities just will not be remembered.
  }
}
