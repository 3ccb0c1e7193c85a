import { useEffect, useId, useRef, useState } from 'react';
import type { CSSProperties } from 'react';

type Props = {
  label?: string;
  name?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'search';
  /** Render a textarea with this many rows instead of a one-line input. */
  multiline?: number;
  /** Controlled value; leave undefined and use defaultValue for an uncontrolled field. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** Called whenever the field's own validity changes (true when valid). */
  onValidChange?: (valid: boolean) => void;
  placeholder?: string;
  /** Help text under the field. */
  hint?: string;
  /** An error from outside (e.g. the server); shown whenever set. */
  error?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** Regular expression the whole value must match. */
  pattern?: string;
  patternMessage?: string;
  /** Custom check: return a message when the value is invalid. */
  validate?: (value: string) => string | null | undefined;
  /** Show errors after the field is first left ('blur'), or from the first keystroke ('change'). */
  validateOn?: 'blur' | 'change';
  /** Mark the field green with a check once it is valid and has been checked. */
  showSuccess?: boolean;
  /** Show "n / max" under the field when maxLength is set. */
  showCount?: boolean;
  disabled?: boolean;
  autoComplete?: string;
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  danger?: string;
  success?: string;
  border?: string;
  font?: string;
  radius?: number;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export default function TextField(props: Props) {
  // Without a label the field shows an example (a required email field); otherwise nothing is made up.
  const demo = props.label === undefined;
  const {
    label = demo ? 'Email address' : '',
    name,
    type = demo ? 'email' : 'text',
    multiline,
    value,
    defaultValue = '',
    onChange,
    onValidChange,
    placeholder = demo ? 'you@example.com' : '',
    hint = demo ? "We'll only use it to send your receipt." : '',
    error,
    required = demo,
    minLength,
    maxLength,
    pattern,
    patternMessage = 'Please match the requested format.',
    validate,
    validateOn = 'blur',
    showSuccess = true,
    showCount = true,
    disabled = false,
    autoComplete,
    background = '#ffffff',
    text = '#0f172a',
    muted = '#64748b',
    accent = '#4f46e5',
    danger = '#b91c1c',
    success = '#15803d',
    border = '#cbd5e1',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    radius = 10,
  } = props;

  const controlled = value !== undefined;
  const [inner, setInner] = useState(defaultValue);
  const current = controlled ? value : inner;
  const [touched, setTouched] = useState(false);
  const [focused, setFocused] = useState(false);
  const validRef = useRef(onValidChange);
  validRef.current = onValidChange;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const check = (v: string): string | null => {
    const t = v.trim();
    if (!t) return required ? `${label || 'This field'} is required.` : null;
    if (type === 'email' && !EMAIL.test(t)) return 'Enter a valid email address, like name@example.com.';
    if (type === 'url') {
      try {
        new URL(t);
      } catch {
        return 'Enter a full web address, including the https:// part.';
      }
    }
    if (type === 'number' && Number.isNaN(Number(t))) return 'Enter a number.';
    if (minLength !== undefined && v.length < minLength) return `Use at least ${minLength} characters (${v.length} so far).`;
    if (maxLength !== undefined && v.length > maxLength) return `Use at most ${maxLength} characters.`;
    if (pattern) {
      try {
        if (!new RegExp(`^(?:${pattern})$`).test(v)) return patternMessage;
      } catch {
        // An invalid pattern is ignored rather than blocking the user.
      }
    }
    return validate?.(v) ?? null;
  };

  const ownError = check(current);
  const valid = ownError === null;
  useEffect(() => {
    validRef.current?.(valid);
  }, [valid]);
  const shown = error || (touched ? ownError : null);
  const ok = !shown && touched && showSuccess && current.trim() !== '' && !disabled;
  const tone = shown ? danger : ok ? success : focused ? accent : border;

  const update = (v: string) => {
    if (!controlled) setInner(v);
    if (validateOn === 'change') setTouched(true);
    onChange?.(v);
  };

  const field: CSSProperties = {
    width: '100%',
    boxSizing: 'border-box',
    padding: multiline ? '10px 40px 10px 12px' : '0 40px 0 12px',
    height: multiline ? undefined : 44,
    minHeight: multiline ? 44 : undefined,
    resize: multiline ? 'vertical' : undefined,
    borderRadius: radius,
    border: `1.5px solid ${tone}`,
    boxShadow: focused ? `0 0 0 3px color-mix(in srgb, ${tone} 22%, transparent)` : 'none',
    outline: 'none',
    background: disabled ? `color-mix(in srgb, ${muted} 10%, ${background})` : background,
    color: text,
    fontFamily: font,
    fontSize: 16,
    lineHeight: 1.5,
    opacity: disabled ? 0.7 : 1,
    cursor: disabled ? 'not-allowed' : 'text',
  };

  const common = {
    id,
    name,
    value: current,
    placeholder,
    disabled,
    required,
    minLength,
    maxLength,
    autoComplete,
    'aria-label': label ? undefined : placeholder || name || 'Text field',
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': [hint ? hintId : '', shown ? errorId : ''].filter(Boolean).join(' ') || undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      setTouched(true);
    },
    onInvalid: (e: { preventDefault: () => void }) => {
      // A form submit found this field invalid: show our message instead of the browser's bubble.
      e.preventDefault();
      setTouched(true);
    },
    style: field,
  };

  return (
    <div style={{ display: 'grid', gap: 6, fontFamily: font, color: text, minWidth: 0 }}>
      {label && (
        <label htmlFor={id} style={{ fontSize: 14, fontWeight: 600 }}>
          {label}
          {required && (
            <span aria-hidden="true" style={{ color: danger, marginLeft: 4 }}>
              *
            </span>
          )}
        </label>
      )}
      <div style={{ position: 'relative' }}>
        {multiline ? (
          <textarea {...common} rows={multiline} onChange={(e) => update(e.target.value)} />
        ) : (
          <input {...common} type={type} inputMode={type === 'number' ? 'decimal' : undefined} onChange={(e) => update(e.target.value)} />
        )}
        {(shown || ok) && (
          <span
            aria-hidden="true"
            style={{
              position: 'absolute',
              right: 12,
              top: multiline ? 12 : '50%',
              transform: multiline ? undefined : 'translateY(-50%)',
              display: 'flex',
              color: tone,
            }}
          >
            <svg width="18" height="18" viewBox="0 0 20 20" focusable="false">
              <circle cx="10" cy="10" r="9" fill="currentColor" />
              {shown ? (
                <path d="M10 5.5v5.5M10 14.2v.3" stroke={background} strokeWidth="2" strokeLinecap="round" />
              ) : (
                <path d="M6 10.3l2.6 2.6L14 7.4" fill="none" stroke={background} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              )}
            </svg>
          </span>
        )}
      </div>
      {(hint || (showCount && maxLength !== undefined)) && (
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, fontSize: 13, color: muted, lineHeight: 1.45 }}>
          <span id={hintId}>{hint}</span>
          {showCount && maxLength !== undefined && (
            <span aria-hidden="true" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
              {current.length} / {maxLength}
            </span>
          )}
        </div>
      )}
      <div aria-live="polite" style={{ minHeight: 0 }}>
        {shown && (
          <p id={errorId} style={{ margin: 0, fontSize: 13.5, fontWeight: 600, color: danger, lineHeight: 1.45 }}>
            {shown}
          </p>
        )}
      </div>
    </div>
  );
}
