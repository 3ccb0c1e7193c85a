import { useId } from 'react';
import { theme, mix, onColor } from '../theme';

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** A portrait placeholder drawn from the name: initials on a gradient of the palette's colours. */
export default function Avatar({ name, size = 88 }: { name: string; size?: number }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const h = hash(name);
  const weight = (h % 70) / 100 + 0.15;
  const from = mix(theme.primary, theme.accent, weight);
  const to = mix(theme.primary, theme.isDark ? '#000000' : '#ffffff', 0.55 + (h % 20) / 100);
  const ink = onColor(mix(from, to, 0.5));
  const angle = h % 360;
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" style={{ display: 'block', borderRadius: '50%', flexShrink: 0 }}>
      <defs>
        <linearGradient id={`a${id}`} gradientTransform={`rotate(${angle} 0.5 0.5)`}>
          <stop offset="0%" stopColor={from} />
          <stop offset="100%" stopColor={to} />
        </linearGradient>
      </defs>
      <rect width="100" height="100" fill={`url(#a${id})`} />
      <circle cx={20 + (h % 60)} cy={80} r={34} fill={ink} opacity={0.08} />
      <text x="50" y="50" dy="0.36em" textAnchor="middle" fontSize="36" fontWeight="800" fill={ink} fontFamily={theme.heading}>
        {initials(name)}
      </text>
    </svg>
  );
}
