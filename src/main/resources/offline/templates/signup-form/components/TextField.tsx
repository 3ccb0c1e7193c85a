import type { InputHTMLAttributes, ReactNode } from 'react';
import { theme } from '../theme';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'style'> {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: ReactNode;
  /** rendered inside the input box on the right, e.g. a show/hide button */
  trailing?: ReactNode;
  onValue: (value: string) => void;
}

export default function TextField({ id, label, value, error, hint, trailing, onValue, ...rest }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div style={{ display: 'grid', gap: 6, minWidth: 0 }}>
      <label htmlFor={id} style={{ fontWeight: 700, fontSize: 15 }}>{label}</label>
      <div style={{ display: 'flex', alignItems: 'center', borderRadius: 12, border: `2px solid ${error ? theme.danger : theme.border}`, background: theme.background, overflow: 'hidden' }}>
        <input
          id={id}
          data-testid={id}
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          style={{ flex: 1, minWidth: 0, padding: '12px 14px', border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 16, fontFamily: theme.body }}
          {...rest}
        />
        {trailing}
      </div>
      {hint && <div id={`${id}-hint`} style={{ fontSize: 14, color: theme.muted }}>{hint}</div>}
      {error && (
        <div id={`${id}-error`} data-testid={`${id}-error`} role="alert" style={{ fontSize: 14, color: theme.danger, fontWeight: 600 }}>
          ⚠ {error}
        </div>
      )}
    </div>
  );
}
