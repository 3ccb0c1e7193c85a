import { useEffect, useId, useRef, useState } from 'react';

export type SelectOption = {
  value: string;
  label?: string;
  disabled?: boolean;
  /** Options with the same group are shown under that heading. */
  group?: string;
};

type Props = {
  label?: string;
  name?: string;
  /** Strings, or { value, label?, disabled?, group? } objects. */
  options?: (string | SelectOption)[];
  /** Controlled value; leave undefined and use defaultValue for an uncontrolled field. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** Called whenever the field's own validity changes (true when valid). */
  onValidChange?: (valid: boolean) => void;
  /** First, empty choice such as 'Choose…'; '' for none. */
  placeholder?: string;
  hint?: string;
  /** An error from outside (e.g. the server); shown whenever set. */
  error?: string;
  required?: boolean;
  /** Custom check: return a message when the value is invalid. */
  validate?: (value: string) => string | null | undefined;
  /** Mark the field green with a check once a valid choice was made. */
  showSuccess?: boolean;
  disabled?: boolean;
  autoComplete?: string;
  /** 'dark' makes the browser draw the open list in dark colours too. */
  colorScheme?: 'light' | 'dark';
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

const DEMO_OPTIONS: SelectOption[] = [
  { value: 'ca', label: 'Canada', group: 'Americas' },
  { value: 'mx', label: 'Mexico', group: 'Americas' },
  { value: 'us', label: 'United States', group: 'Americas' },
  { value: 'fr', label: 'France', group: 'Europe' },
  { value: 'de', label: 'Germany', group: 'Europe' },
  { value: 'ie', label: 'Ireland', group: 'Europe' },
  { value: 'gb', label: 'United Kingdom', group: 'Europe' },
  { value: 'au', label: 'Australia', group: 'Asia Pacific' },
  { value: 'jp', label: 'Japan', group: 'Asia Pacific' },
  { value: 'nz', label: 'New Zealand (coming soon)', group: 'Asia Pacific', disabled: true },
];

export default function SelectField(props: Props) {
  // With neither label nor options the field shows an example; otherwise nothing is made up.
  const demo = props.label === undefined && props.options === undefined;
  const {
    label = demo ? 'Shipping country' : '',
    name,
    options = demo ? DEMO_OPTIONS : [],
    value,
    defaultValue = '',
    onChange,
    onValidChange,
    placeholder = 'Choose…',
    hint = demo ? 'We ship to these countries for free.' : '',
    error,
    required = demo,
    validate,
    showSuccess = true,
    disabled = false,
    autoComplete,
    colorScheme = 'light',
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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const validRef = useRef(onValidChange);
  validRef.current = onValidChange;

  const items: SelectOption[] = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  const ownError = !current ? (required ? `Please choose ${label ? label.toLowerCase() : 'an option'}.` : null) : (validate?.(current) ?? null);
  const valid = ownError === null;
  useEffect(() => {
    validRef.current?.(valid);
  }, [valid]);

  const shown = error || (touched ? ownError : null);
  const ok = !shown && touched && showSuccess && current !== '' && !disabled;
  const tone = shown ? danger : ok ? success : focused ? accent : border;

  // Keep the order of first appearance for groups; ungrouped options come first.
  const groups: { name: string; options: SelectOption[] }[] = [];
  for (const o of items) {
    const g = o.group ?? '';
    let entry = groups.find((x) => x.name === g);
    if (!entry) {
      entry = { name: g, options: [] };
      if (g === '') groups.unshift(entry);
      else groups.push(entry);
    }
    entry.options.push(o);
  }
  const renderOption = (o: SelectOption) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label ?? o.value}
    </option>
  );

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
        <select
          id={id}
          name={name}
          value={current}
          disabled={disabled}
          required={required}
          autoComplete={autoComplete}
          aria-label={label ? undefined : placeholder || name || 'Select'}
          aria-invalid={shown ? true : undefined}
          aria-describedby={[hint ? hintId : '', shown ? errorId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            if (!controlled) setInner(e.target.value);
            setTouched(true);
            onChange?.(e.target.value);
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setTouched(true);
          }}
          onInvalid={(e) => {
            e.preventDefault();
            setTouched(true);
          }}
          style={{
            width: '100%',
            boxSizing: 'border-box',
            height: 44,
            padding: `0 ${ok || shown ? 64 : 40}px 0 12px`,
            appearance: 'none',
            WebkitAppearance: 'none',
            borderRadius: radius,
            border: `1.5px solid ${tone}`,
            boxShadow: focused ? `0 0 0 3px color-mix(in srgb, ${tone} 22%, transparent)` : 'none',
            outline: 'none',
            background: disabled ? `color-mix(in srgb, ${muted} 10%, ${background})` : background,
            color: current ? text : muted,
            colorScheme,
            fontFamily: font,
            fontSize: 16,
            textOverflow: 'ellipsis',
            cursor: disabled ? 'not-allowed' : 'pointer',
            opacity: disabled ? 0.7 : 1,
          }}
        >
          {placeholder && (
            <option value="" disabled={required}>
              {placeholder}
            </option>
          )}
          {groups.map((g) =>
            g.name ? (
              <optgroup key={g.name} label={g.name}>
                {g.options.map(renderOption)}
              </optgroup>
            ) : (
              g.options.map(renderOption)
            ),
          )}
        </select>
        <span
          aria-hidden="true"
          style={{
            position: 'absolute',
            right: 12,
            top: '50%',
            transform: 'translateY(-50%)',
            display: 'flex',
            gap: 8,
            alignItems: 'center',
            pointerEvents: 'none',
          }}
        >
          {(shown || ok) && (
            <svg width="18" height="18" viewBox="0 0 20 20" focusable="false" style={{ color: tone }}>
              <circle cx="10" cy="10" r="9" fill="currentColor" />
              {shown ? (
                <path d="M10 5.5v5.5M10 14.2v.3" stroke={background} strokeWidth="2" strokeLinecap="round" />
              ) : (
                <path d="M6 10.3l2.6 2.6L14 7.4" fill="none" stroke={background} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              )}
            </svg>
          )}
          <svg width="14" height="14" viewBox="0 0 20 20" focusable="false" style={{ color: muted }}>
            <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
      </div>
      {hint && (
        <span id={hintId} style={{ fontSize: 13, color: muted, lineHeight: 1.45 }}>
          {hint}
        </span>
      )}
      <div aria-live="polite">
        {shown && (
          <p id={errorId} style={{ margin: 0, fontSize: 13.5, fontWeight: 600, color: danger, lineHeight: 1.45 }}>
            {shown}
          </p>
        )}
      </div>
    </div>
  );
}
