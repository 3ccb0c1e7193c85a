import type { CSSProperties } from 'react';
import { theme, alpha } from '../theme';
import { button as baseButton, card as baseCard, field, label, visuallyHidden } from '../ui';

// Shared looks for the business apps, on the data-backed templates' common ui.ts: every
// style derives from the theme, so the composer's palette (light or dark) reaches every
// button and field.

/** Hidden on screen, read by screen readers. */
export const srOnly: CSSProperties = visuallyHidden;

export { field, label };

export type ButtonKind = 'primary' | 'secondary' | 'ghost' | 'danger';

/** The shared button look, dimmed and not clickable-looking while `disabled`. */
export function button(kind: ButtonKind = 'secondary', small = false, disabled = false): CSSProperties {
  return { ...baseButton(kind, small), cursor: disabled ? 'not-allowed' : 'pointer', opacity: disabled ? 0.55 : 1, transition: 'background 120ms, border-color 120ms' };
}

export const card: CSSProperties = { ...baseCard, boxSizing: 'border-box', minWidth: 0 };

export function chip(color: string): CSSProperties {
  return { display: 'inline-flex', alignItems: 'center', gap: 4, padding: '3px 10px', borderRadius: 999, fontSize: 12, fontWeight: 700, color, background: alpha(color, 0.12), border: `1px solid ${alpha(color, 0.3)}`, whiteSpace: 'nowrap' };
}

export const sectionTitle: CSSProperties = { fontFamily: theme.heading, fontSize: 'clamp(19px, 2.6vw, 24px)', margin: 0, lineHeight: 1.25 };

/** A responsive grid of cards at least `min` pixels wide. */
export function grid(min: number, gap = 16): CSSProperties {
  return { display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}px), 1fr))`, gap };
}

export const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center' };

export type Tone = 'muted' | 'warning' | 'primary' | 'success' | 'danger';

/** The colour of a status tone, readable on a surface. */
export function toneColor(tone: Tone): string {
  if (tone === 'warning') return theme.warning;
  if (tone === 'primary') return theme.primaryOnSurface;
  if (tone === 'success') return theme.success;
  if (tone === 'danger') return theme.danger;
  return theme.muted;
}
