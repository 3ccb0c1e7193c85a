import { config } from './config';
import type { Speed, Walls } from './snake';

export interface Saved {
  speed: Speed;
  walls: Walls;
  /** best score per "speed/walls" */
  best: Record<string, number>;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'snake';
}

const STORAGE_KEY = `snake:${slug(config.title)}`;

export const bestKey = (speed: Speed, walls: Walls) => `${speed}/${walls}`;

export function load(): Saved {
  const fallback: Saved = { speed: 'normal', walls: 'solid', best: {} };
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return fallback;
    const o = JSON.parse(raw) as Partial<Saved>;
    const best: Record<string, number> = {};
    if (o.best && typeof o.best === 'object') for (const [k, v] of Object.entries(o.best)) if (typeof v === 'number' && v >= 0) best[k] = v;
    return {
      speed: o.speed === 'slow' || o.speed === 'fast' ? o.speed : 'normal',
      walls: o.walls === 'wrap' ? 'wrap' : 'solid',
      best,
    };
  } catch {
    return fallback;
  }
}

export function save(s: Saved): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // High scores just will not survive a reload.
  }
}
