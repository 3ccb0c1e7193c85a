import type { ReactNode } from 'react';
import { theme } from '../theme';

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  /** extra text shown on the right of the label row, e.g. a character counter */
  aside?: ReactNode;
  children: ReactNode;
}

/** Label, hint and error around one input; the input gets aria-describedby from describedBy(). */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function inputStyle(invalid: boolean) {
  return {
    width: '100%',
    boxSizing: 'border-box' as const,
    padding: '12px 14px',
    borderRadius: 12,
    border: `2px solid ${invalid ? theme.danger : theme.border}`,
    background: theme.background,
    color: theme.text,
    fontSize: 16,
    fontFamily: theme.body,
    outlineColor: theme.primary,
  };
}

export default function Field({ id, label, required, hint, error, aside, children }: FieldProps) {
  return (
    <div style={{ display: 'grid', gap: 6, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 10 }}>
        <label htmlFor={id} style={{ fontWeight: 700, fontSize: 15 }}>
          {label}
          {required ? (
            <span aria-hidden="true" style={{ color: theme.danger, marginLeft: 4 }}>*</span>
          ) : (
            <span style={{ color: theme.muted, fontWeight: 400, marginLeft: 6, fontSize: 14 }}>(optional)</span>
          )}
        </label>
        {aside}
      </div>
      {children}
      {hint && (
        <span id={`${id}-hint`} style={{ fontSize: 14, color: theme.muted }}>{hint}</span>
      )}
      {error && (
        <span id={`${id}-error`} data-testid={`${id}-error`} style={{ fontSize: 14, color: theme.danger, fontWeight: 600, display: 'flex', gap: 6 }}>
          <span aria-hidden="true">⚠</span>
          {error}
        </span>
      )}
    </div>
  );
}
