import { useState } from 'react';
import { theme } from '../theme';

interface StarsProps {
  value: number;
  onChange?: (value: number) => void;
  size?: number;
  label: string;
}

export default function Stars({ value, onChange, size = 20, label }: StarsProps) {
  const [hover, setHover] = useState<number>(0);
  const shown = hover || value;
  const gold = theme.isDark ? '#facc15' : '#b45309';
  if (!onChange) {
    return (
      <span role="img" aria-label={`${label}: ${value} of 5 stars`} style={{ color: gold, fontSize: size, letterSpacing: 1 }}>
        {'★'.repeat(value)}
        <span style={{ color: theme.border }}>{'★'.repeat(5 - value)}</span>
      </span>
    );
  }
  return (
    <div role="radiogroup" aria-label={label} onMouseLeave={() => setHover(0)} style={{ display: 'inline-flex', gap: 2 }}>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={`${n} star${n === 1 ? '' : 's'}`}
          data-testid={`star-${n}`}
          onMouseEnter={() => setHover(n)}
          onClick={() => onChange(value === n ? 0 : n)}
          style={{ border: 'none', background: 'none', padding: 2, cursor: 'pointer', fontSize: size, lineHeight: 1, color: n <= shown ? gold : theme.borderStrong }}
        >
          ★
        </button>
      ))}
    </div>
  );
}
