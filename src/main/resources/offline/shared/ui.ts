import type { CSSProperties } from 'react';
import { DataError } from 'faibric/data';
import { theme, alpha, onColor } from './theme';

// Shared look and words of the data-backed templates: buttons, fields, cards, dates and
// error messages, all derived from the theme so the composer's colours apply everywhere.

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

/** A button's style: primary (filled), secondary (outlined), ghost (text only) or danger. */
export function button(variant: Variant = 'primary', small = false): CSSProperties {
  const base: CSSProperties = {
    padding: small ? '6px 12px' : '10px 16px',
    borderRadius: small ? 9 : 12,
    fontWeight: 700,
    fontSize: small ? 13 : 15,
    fontFamily: theme.body,
    cursor: 'pointer',
    lineHeight: 1.2,
    whiteSpace: 'nowrap',
  };
  if (variant === 'primary') return { ...base, border: 'none', background: theme.primary, color: theme.onPrimary };
  if (variant === 'danger') return { ...base, border: 'none', background: theme.danger, color: onColor(theme.danger) };
  if (variant === 'ghost') return { ...base, border: '1px solid transparent', background: 'transparent', color: theme.primaryInk };
  return { ...base, border: `1px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text };
}

/** A text input, textarea or select. */
export const field: CSSProperties = {
  width: '100%',
  boxSizing: 'border-box',
  padding: '10px 12px',
  borderRadius: 10,
  border: `1px solid ${theme.borderStrong}`,
  background: theme.background,
  color: theme.text,
  fontSize: 15,
  fontFamily: theme.body,
};

/** The label above a field. */
export const label: CSSProperties = { display: 'grid', gap: 6, fontSize: 14, fontWeight: 600, color: theme.text };

/** A raised surface. */
export const card: CSSProperties = {
  background: theme.surface,
  border: `1px solid ${theme.border}`,
  borderRadius: theme.radius,
  boxShadow: theme.shadowSmall,
  padding: 'clamp(14px, 2.5vw, 22px)',
};

/** A small rounded label. */
export function pill(color: string = theme.primaryOnSurface): CSSProperties {
  return { display: 'inline-block', padding: '3px 10px', borderRadius: 999, fontSize: 12, fontWeight: 700, color, background: alpha(color, 0.12), whiteSpace: 'nowrap' };
}

/** A filter chip, filled when active. */
export function chip(active: boolean): CSSProperties {
  return {
    padding: '6px 12px',
    borderRadius: 999,
    border: `1px solid ${active ? theme.primary : theme.border}`,
    background: active ? theme.primary : theme.surface,
    color: active ? theme.onPrimary : theme.text,
    fontWeight: 600,
    fontSize: 13,
    cursor: 'pointer',
    fontFamily: theme.body,
    whiteSpace: 'nowrap',
  };
}

/** Hidden on screen, read by screen readers. */
export const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: 0 };

/** An error whose message is written for the person using the app. */
export class UserError extends Error {}

/** What went wrong, in words for the person: the server's own message when it sent one. */
export function errorText(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof DataError) {
    if (error.status === 401) return error.message || 'Please sign in first.';
    if (error.status === 429) return 'That was a lot at once. Wait a moment and try again.';
    return error.message || `The server said no (${error.status}).`;
  }
  return 'Could not reach the server. Check your connection and try again.';
}

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 7) return `${days} d ago`;
  return new Date(then).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A long date and time, e.g. "Sat 14 Jun 2025, 18:30". */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The name shown for a person: their name, or a friendly stand-in. */
export function displayName(name: string | null | undefined): string {
  return name && name.trim() ? name.trim() : 'A member';
}

/** One or two initials for an avatar. */
export function initials(name: string | null | undefined): string {
  const words = displayName(name).split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '?') + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
}

/** A stable colour per person, from a small palette around the theme's primary. */
export function avatarColor(seed: number | null | undefined): string {
  const hues = [theme.primary, theme.accent, '#7c3aed', '#0d9488', '#ea580c', '#db2777', '#2563eb', '#65a30d'];
  return hues[Math.abs(seed ?? 0) % hues.length];
}

/** Plural words: plural(3, 'answer') is "3 answers". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
