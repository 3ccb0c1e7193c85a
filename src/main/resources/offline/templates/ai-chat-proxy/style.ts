import type { CSSProperties } from 'react';
import { theme, onColor } from './theme';

// This app keeps no data of its own, so it has its own few styles rather than the data kit's.

export function button(variant: 'primary' | 'secondary' = 'primary'): CSSProperties {
  const base: CSSProperties = { padding: '10px 16px', borderRadius: 12, fontWeight: 700, fontSize: 15, fontFamily: theme.body, cursor: 'pointer' };
  return variant === 'primary'
    ? { ...base, border: 'none', background: theme.primary, color: onColor(theme.primary) }
    : { ...base, border: `1px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text };
}

export const field: CSSProperties = {
  boxSizing: 'border-box',
  padding: '10px 12px',
  borderRadius: 10,
  border: `1px solid ${theme.borderStrong}`,
  background: theme.background,
  color: theme.text,
  fontSize: 15,
  fontFamily: theme.body,
};

export const card: CSSProperties = {
  padding: 14,
  borderRadius: 14,
  background: theme.surface,
  border: `1px solid ${theme.border}`,
};
