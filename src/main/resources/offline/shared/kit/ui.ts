import type { CSSProperties } from 'react';
import { theme, alpha, onColor } from '../theme';

// Shared looks for the data-backed apps: every style derives from the theme, so the
// composer's palette (light or dark) reaches every button and field.

/** Hidden on screen, read by screen readers. */
export const srOnly: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: 0, padding: 0 };

export type ButtonKind = 'primary' | 'secondary' | 'ghost' | 'danger';

export function button(kind: ButtonKind = 'secondary', small = false, disabled = false): CSSProperties {
  const base: CSSProperties = {
    padding: small ? '6px 12px' : '10px 18px',
    borderRadius: small ? 9 : 11,
    fontSize: small ? 13 : 15,
    fontWeight: 650,
    fontFamily: theme.body,
    cursor: disabled ? 'not-allowed' : 'pointer',
    opacity: disabled ? 0.55 : 1,
    lineHeight: 1.2,
    whiteSpace: 'nowrap',
    transition: 'background 120ms, border-color 120ms',
  };
  if (kind === 'primary') return { ...base, border: 'none', background: theme.primary, color: theme.onPrimary };
  if (kind === 'danger') return { ...base, border: 'none', background: theme.danger, color: onColor(theme.danger) };
  if (kind === 'ghost') return { ...base, border: '1px solid transparent', background: 'transparent', color: theme.primaryInk };
  return { ...base, border: `1px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text };
}

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

export const label: CSSProperties = { display: 'grid', gap: 6, fontSize: 14, fontWeight: 600, color: theme.text };

export const card: CSSProperties = {
  background: theme.surface,
  border: `1px solid ${theme.border}`,
  borderRadius: theme.radius,
  boxShadow: theme.shadowSmall,
  padding: 'clamp(14px, 2.4vw, 20px)',
  boxSizing: 'border-box',
  minWidth: 0,
};

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
