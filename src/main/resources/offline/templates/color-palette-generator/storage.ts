import { config } from './config';
import type { Mode } from './color';

export interface SavedPalette {
  id: string;
  colors: string[];
  mode: Mode;
  savedAt: number;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'palettes';
}

const KEY = `palettes:${slug(config.title)}`;
export const MAX_SAVED = 24;

function isSaved(value: unknown): value is SavedPalette {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && Array.isArray(v.colors) && v.colors.every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/.test(c)) && typeof v.mode === 'string' && typeof v.savedAt === 'number';
}

export function loadSaved(): { palettes: SavedPalette[]; ok: boolean } {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return { palettes: [], ok: true };
    const parsed: unknown = JSON.parse(raw);
    return { palettes: Array.isArray(parsed) ? parsed.filter(isSaved) : [], ok: true };
  } catch {
    return { palettes: [], ok: false };
  }
}

export function storeSaved(palettes: SavedPalette[]): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(palettes));
    return true;
  } catch {
    return false;
  }
}

/** Copies text; resolves false when the browser refuses (no permission, insecure frame). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
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
