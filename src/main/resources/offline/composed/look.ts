import type { CSSProperties } from 'react';
import { theme, alpha } from './theme';

// The composed app's looks, all from the theme, so config.colors reaches every button and field.

/** A primary (filled with the component colour), secondary (outlined) or ghost button. */
export function button(kind: 'primary' | 'secondary' | 'ghost' = 'primary', small = false): CSSProperties {
  const base: CSSProperties = { padding: small ? '6px 12px' : '10px 16px', borderRadius: small ? 9 : 12, fontWeight: 700, fontSize: small ? 13 : 15, fontFamily: theme.body, cursor: 'pointer', lineHeight: 1.2, whiteSpace: 'nowrap' };
  if (kind === 'primary') return { ...base, border: 'none', background: theme.primary, color: theme.onPrimary };
  if (kind === 'ghost') return { ...base, border: '1px solid transparent', background: 'transparent', color: theme.primaryInk };
  return { ...base, border: `1px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text };
}

export const card: CSSProperties = { background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, boxShadow: theme.shadowSmall, padding: 'clamp(14px, 2.5vw, 22px)', boxSizing: 'border-box', minWidth: 0 };

export const field: CSSProperties = { width: '100%', boxSizing: 'border-box', padding: '10px 12px', borderRadius: 10, border: `1px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text, fontSize: 15, fontFamily: theme.body };

export const label: CSSProperties = { display: 'grid', gap: 6, fontSize: 14, fontWeight: 600, color: theme.text };

export const heading: CSSProperties = { fontFamily: theme.heading, fontSize: 'clamp(19px, 2.6vw, 24px)', margin: 0, lineHeight: 1.25 };

/** A filter chip, filled with the component colour when active. */
export function chip(active: boolean): CSSProperties {
  return { padding: '6px 12px', borderRadius: 999, border: `1px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : theme.surface, color: active ? theme.onPrimary : theme.text, fontWeight: 600, fontSize: 13, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' };
}

export function pill(color: string = theme.primaryOnSurface): CSSProperties {
  return { display: 'inline-block', padding: '3px 10px', borderRadius: 999, fontSize: 12, fontWeight: 700, color, background: alpha(color, 0.12), whiteSpace: 'nowrap' };
}

/** A responsive grid of cards at least `min` pixels wide. */
export function grid(min: number, gap = 16): CSSProperties {
  return { display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${min}px), 1fr))`, gap };
}

/** "3 poems", "1 poem". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a poem", "an entry". */
export function aOrAn(word: string): string {
  return (/^[aeiou]/i.test(word) ? 'an ' : 'a ') + word;
}
