import { config } from './config';
import { WORDS } from './words';

export type Mode = 'password' | 'passphrase';
export type CharClass = 'upper' | 'lower' | 'digits' | 'symbols';

export interface Settings {
  mode: Mode;
  length: number;
  classes: Record<CharClass, boolean>;
  avoidAmbiguous: boolean;
  words: number;
  separator: string;
  capitalize: boolean;
  addNumber: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'password',
  length: 16,
  classes: { upper: true, lower: true, digits: true, symbols: true },
  avoidAmbiguous: false,
  words: 7,
  separator: '-',
  capitalize: true,
  addNumber: true,
};

export const CLASS_INFO: { id: CharClass; label: string; sample: string }[] = [
  { id: 'upper', label: 'Upper case', sample: 'A–Z' },
  { id: 'lower', label: 'Lower case', sample: 'a–z' },
  { id: 'digits', label: 'Numbers', sample: '0–9' },
  { id: 'symbols', label: 'Symbols', sample: '!@#$' },
];

export const MIN_LENGTH = 4;
export const MAX_LENGTH = 64;
export const MIN_WORDS = 4;
export const MAX_WORDS = 12;
export const SEPARATORS = ['-', '.', '_', ' ', '+'];

const SETS: Record<CharClass, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  symbols: '!@#$%^&*()-_=+[]{};:,.?/~',
};
const AMBIGUOUS = /[O0Il1|]/g;

function pool(cls: CharClass, avoidAmbiguous: boolean): string {
  return avoidAmbiguous ? SETS[cls].replace(AMBIGUOUS, '') : SETS[cls];
}

/** A uniform random integer in [0, max), without the bias of a plain modulo. */
export function randomInt(max: number): number {
  const limit = Math.floor(0x100000000 / max) * max;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    if (buf[0] < limit) return buf[0] % max;
  }
}

function shuffle<T>(items: T[]): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function activeClasses(s: Settings): CharClass[] {
  return CLASS_INFO.map((c) => c.id).filter((id) => s.classes[id]);
}

/** Random characters, with at least one from every chosen class. */
function makePassword(s: Settings): string {
  const classes = activeClasses(s);
  const all = classes.map((c) => pool(c, s.avoidAmbiguous)).join('');
  const chars = classes.slice(0, s.length).map((c) => {
    const p = pool(c, s.avoidAmbiguous);
    return p[randomInt(p.length)];
  });
  while (chars.length < s.length) chars.push(all[randomInt(all.length)]);
  return shuffle(chars).join('');
}

function makePassphrase(s: Settings): string {
  const words = Array.from({ length: s.words }, () => {
    const w = WORDS[randomInt(WORDS.length)];
    return s.capitalize ? w[0].toUpperCase() + w.slice(1) : w;
  });
  if (s.addNumber) {
    const i = randomInt(words.length);
    words[i] = words[i] + String(randomInt(10));
  }
  return words.join(s.separator);
}

export function generate(s: Settings): string {
  return s.mode === 'password' ? makePassword(s) : makePassphrase(s);
}

/** Bits of randomness of the generator's output (what an attacker who knows the settings faces). */
export function entropyBits(s: Settings): number {
  if (s.mode === 'passphrase') {
    return s.words * Math.log2(WORDS.length) + (s.addNumber ? Math.log2(10) + Math.log2(s.words) : 0);
  }
  const size = activeClasses(s).reduce((n, c) => n + pool(c, s.avoidAmbiguous).length, 0);
  return size > 0 ? s.length * Math.log2(size) : 0;
}

export interface Strength {
  label: string;
  level: 0 | 1 | 2 | 3;
  crackTime: string;
}

/** Time to try half of all possibilities at ten billion guesses a second (a fast offline attack). */
export function strengthOf(bits: number): Strength {
  const seconds = Math.pow(2, bits - 1) / 1e10;
  const level: Strength['level'] = bits < 40 ? 0 : bits < 60 ? 1 : bits < 80 ? 2 : 3;
  const label = ['Weak', 'Fair', 'Strong', 'Very strong'][level];
  return { label, level, crackTime: duration(seconds) };
}

function duration(seconds: number): string {
  if (seconds < 1) return 'less than a second';
  const units: [number, string][] = [
    [60, 'second'],
    [60, 'minute'],
    [24, 'hour'],
    [365, 'day'],
    [100, 'year'],
    [10, 'century'],
  ];
  let value = seconds;
  for (const [size, name] of units) {
    if (value < size) {
      const n = Math.floor(value);
      return `about ${n} ${n === 1 ? name : name === 'century' ? 'centuries' : name + 's'}`;
    }
    value /= size;
  }
  // value is now in thousands of years; the universe is about 13.8 billion years old.
  if (value >= 1.38e7) return 'longer than the age of the universe';
  if (value >= 1000) return `about ${Math.round(value / 1000).toLocaleString()} million years`;
  return `about ${Math.round(value).toLocaleString()} thousand years`;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'passwords';
}

/** Only the settings are stored: generated passwords never touch storage. */
const STORAGE_KEY = `password-settings:${slug(config.title)}`;

export function loadSettings(): Settings {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const o = JSON.parse(raw) as Partial<Settings>;
    const classes = { ...DEFAULT_SETTINGS.classes };
    for (const c of CLASS_INFO) if (typeof o.classes?.[c.id] === 'boolean') classes[c.id] = o.classes[c.id];
    if (!Object.values(classes).some(Boolean)) classes.lower = true;
    const int = (v: unknown, min: number, max: number, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback);
    return {
      mode: o.mode === 'passphrase' ? 'passphrase' : 'password',
      length: int(o.length, MIN_LENGTH, MAX_LENGTH, DEFAULT_SETTINGS.length),
      classes,
      avoidAmbiguous: o.avoidAmbiguous === true,
      words: int(o.words, MIN_WORDS, MAX_WORDS, DEFAULT_SETTINGS.words),
      separator: typeof o.separator === 'string' && SEPARATORS.includes(o.separator) ? o.separator : DEFAULT_SETTINGS.separator,
      capitalize: o.capitalize !== false,
      addNumber: o.addNumber !== false,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(s: Settings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Settings just will not be remembered.
  }
}

/** Copies with the async clipboard API, falling back to a hidden textarea for older or restricted browsers. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or unsupported: try the fallback.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    document.body.removeChild(area);
    return ok;
  } catch {
    return false;
  }
}
