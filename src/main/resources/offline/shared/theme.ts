import { useEffect, useState } from 'react';
import { config } from './config';

// Everything visual derives from config, so the composer can re-theme the app (light or dark)
// without touching the components.

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? match[1].split('').map((ch) => ch + ch).join('') : match[1];
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

function luminance(color: string): number | null {
  const rgb = parseHex(color);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio; unknown colour formats count as readable. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 21;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour at the given opacity (0..1). */
export function alpha(color: string, amount: number): string {
  const rgb = parseHex(color);
  if (rgb) return `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${amount})`;
  return `color-mix(in srgb, ${color} ${Math.round(amount * 100)}%, transparent)`;
}

/** Mixes two colours; weight is the share of the first one (0..1). */
export function mix(a: string, b: string, weight: number): string {
  const ra = parseHex(a);
  const rb = parseHex(b);
  if (ra && rb) {
    return '#' + ra.map((v, i) => Math.round(v * weight + rb[i] * (1 - weight)).toString(16).padStart(2, '0')).join('');
  }
  return `color-mix(in srgb, ${a} ${Math.round(weight * 100)}%, ${b})`;
}

/** Black or white, whichever reads better on the background. */
export function onColor(background: string): string {
  return contrast('#ffffff', background) >= contrast('#111111', background) ? '#ffffff' : '#111111';
}

/**
 * The colour, moved towards the palette's text colour just enough to reach the contrast
 * (3:1 by default, enough for large text, icons and outlines) on the background.
 */
export function readable(color: string, background: string, minimum = 3): string {
  for (let weight = 1; weight > 0; weight -= 0.1) {
    const candidate = weight === 1 ? color : mix(color, config.colors.text, weight);
    if (contrast(candidate, background) >= minimum) return candidate;
  }
  return config.colors.text;
}

const c = config.colors;
const bgLum = luminance(c.background);
// Dark where white text reads better than black (luminance below 0.179), as the composer decides.
const isDark = bgLum === null ? config.dark : bgLum < 0.179;

export const theme = {
  ...c,
  isDark,
  onPrimary: onColor(c.primary),
  onAccent: onColor(c.accent),
  /** primary used as text or an outline on the page background / on a surface */
  primaryInk: readable(c.primary, c.background),
  primaryOnSurface: readable(c.primary, c.surface),
  accentOnSurface: readable(c.accent, c.surface),
  /** a strong gradient to put onPrimary text on */
  primaryGradient: `linear-gradient(135deg, ${c.primary} 0%, ${mix(c.primary, onColor(c.primary) === '#ffffff' ? '#000000' : '#ffffff', 0.78)} 100%)`,
  border: alpha(c.text, isDark ? 0.16 : 0.12),
  borderStrong: alpha(c.text, isDark ? 0.3 : 0.24),
  subtle: alpha(c.text, isDark ? 0.07 : 0.045),
  tint: alpha(c.primary, isDark ? 0.18 : 0.1),
  shadow: isDark ? '0 12px 32px rgba(0, 0, 0, 0.45)' : '0 12px 32px rgba(15, 23, 42, 0.08)',
  shadowSmall: isDark ? '0 2px 8px rgba(0, 0, 0, 0.4)' : '0 2px 8px rgba(15, 23, 42, 0.06)',
  danger: isDark ? '#fca5a5' : '#b91c1c',
  success: isDark ? '#86efac' : '#15803d',
  warning: isDark ? '#fcd34d' : '#a16207',
  heading: config.fonts.heading,
  body: config.fonts.body,
  radius: 14,
};

/** Full-bleed page: no default body margin, the palette's background behind overscroll, the tab named after the app. */
export function usePageSetup(): void {
  useEffect(() => {
    document.title = config.title;
    document.body.style.margin = '0';
    document.body.style.background = c.background;
  }, []);
}

/** The window's inner width, kept current on resize (inline styles have no media queries). */
export function useViewportWidth(): number {
  const [width, setWidth] = useState<number>(() => (typeof window === 'undefined' ? 1024 : window.innerWidth));
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}
