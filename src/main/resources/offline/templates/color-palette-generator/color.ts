export interface Hsl {
  h: number; // 0..360
  s: number; // 0..100
  l: number; // 0..100
}

export type Mode = 'analogous' | 'monochromatic' | 'complementary' | 'split' | 'triadic' | 'square';

export const MODES: { id: Mode; label: string; hint: string }[] = [
  { id: 'analogous', label: 'Analogous', hint: 'Neighbours on the colour wheel: calm and cohesive.' },
  { id: 'monochromatic', label: 'Monochromatic', hint: 'One hue in several lightnesses: clean and safe.' },
  { id: 'complementary', label: 'Complementary', hint: 'Opposites on the wheel: strong contrast and energy.' },
  { id: 'split', label: 'Split complementary', hint: 'The two neighbours of the opposite: contrast with less tension.' },
  { id: 'triadic', label: 'Triadic', hint: 'Three hues evenly spaced: vivid and balanced.' },
  { id: 'square', label: 'Square', hint: 'Four hues evenly spaced: rich, best with one dominant colour.' },
];

export function normalizeHex(value: string): string | null {
  const v = value.trim().replace(/^#?/, '#');
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return ('#' + v.slice(1).split('').map((c) => c + c).join('')).toLowerCase();
  return null;
}

export function hexToRgb(hex: string): [number, number, number] {
  const h = normalizeHex(hex) ?? '#000000';
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}

export function rgbToHex(r: number, g: number, b: number): string {
  return '#' + [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('');
}

export function hexToHsl(hex: string): Hsl {
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l: l * 100 };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return { h: h * 60, s: s * 100, l: l * 100 };
}

export function hslToHex({ h, s, l }: Hsl): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = Math.min(100, Math.max(0, s)) / 100;
  const light = Math.min(100, Math.max(0, l)) / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return rgbToHex(f(0) * 255, f(8) * 255, f(4) * 255);
}

function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function textOn(hex: string): string {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#111111') ? '#ffffff' : '#111111';
}

export function rating(ratio: number): 'AAA' | 'AA' | 'AA large' | 'Fail' {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA large';
  return 'Fail';
}

const clampL = (l: number) => Math.min(92, Math.max(12, l));

/** Five colours for the rule; the base colour is always the first one. */
export function harmony(base: string, mode: Mode): string[] {
  const { h, s, l } = hexToHsl(base);
  const c = (dh: number, ds = 0, dl = 0) => hslToHex({ h: h + dh, s: Math.min(100, Math.max(8, s + ds)), l: clampL(l + dl) });
  const darkOrLight = l > 55 ? -1 : 1;
  switch (mode) {
    case 'analogous':
      return [base, c(-30, 0, 6 * darkOrLight), c(30, -5, 4 * darkOrLight), c(-15, -20, 30 * darkOrLight), c(15, -10, -24 * darkOrLight)];
    case 'monochromatic':
      return [base, c(0, -10, 36 * darkOrLight), c(0, -5, 20 * darkOrLight), c(0, 5, -18 * darkOrLight), c(0, 0, -32 * darkOrLight)];
    case 'complementary':
      return [base, c(0, -15, 30 * darkOrLight), c(180), c(180, -20, 28 * darkOrLight), c(0, -35, -30 * darkOrLight)];
    case 'split':
      return [base, c(150), c(210), c(150, -25, 30 * darkOrLight), c(210, -30, -26 * darkOrLight)];
    case 'triadic':
      return [base, c(120), c(240), c(120, -20, 28 * darkOrLight), c(240, -25, -26 * darkOrLight)];
    case 'square':
      return [base, c(90), c(180), c(270), c(0, -60, 38 * darkOrLight)];
  }
}

/** Tints and shades 50..900, the way design systems name them. */
export function scale(hex: string): { step: number; hex: string }[] {
  const { h, s } = hexToHsl(hex);
  const lightness: [number, number][] = [
    [50, 96], [100, 91], [200, 82], [300, 71], [400, 60], [500, 50], [600, 41], [700, 33], [800, 25], [900, 17],
  ];
  return lightness.map(([step, l]) => ({ step, hex: hslToHex({ h, s: Math.min(100, s * (l > 85 ? 0.85 : 1)), l }) }));
}

export function randomColor(): string {
  return hslToHex({ h: Math.random() * 360, s: 45 + Math.random() * 45, l: 38 + Math.random() * 24 });
}

const HUE_NAMES: [number, string][] = [
  [12, 'Red'], [35, 'Orange'], [52, 'Amber'], [68, 'Yellow'], [95, 'Lime'], [150, 'Green'], [175, 'Teal'],
  [200, 'Cyan'], [225, 'Azure'], [255, 'Blue'], [280, 'Violet'], [310, 'Purple'], [340, 'Pink'], [361, 'Red'],
];

/** A rough, human name such as "Dark teal" or "Pale pink". */
export function colorName(hex: string): string {
  const { h, s, l } = hexToHsl(hex);
  if (s < 10) return l > 92 ? 'White' : l < 10 ? 'Black' : l > 65 ? 'Light grey' : l < 35 ? 'Charcoal' : 'Grey';
  const hue = (HUE_NAMES.find(([max]) => h < max) ?? HUE_NAMES[0])[1];
  const prefix = l > 80 ? 'Pale ' : l > 64 ? 'Light ' : l < 24 ? 'Deep ' : l < 38 ? 'Dark ' : s < 35 ? 'Muted ' : '';
  return prefix ? prefix + hue.toLowerCase() : hue;
}

export interface Swatch {
  hex: string;
  locked: boolean;
}

export type ExportFormat = 'css' | 'scss' | 'json';

export function exportText(colors: string[], format: ExportFormat): string {
  const names = ['primary', 'secondary', 'tertiary', 'accent', 'neutral'];
  if (format === 'css') return `:root {\n${colors.map((c, i) => `  --color-${names[i]}: ${c};`).join('\n')}\n}`;
  if (format === 'scss') return colors.map((c, i) => `$color-${names[i]}: ${c};`).join('\n');
  return JSON.stringify(Object.fromEntries(colors.map((c, i) => [names[i], c])), null, 2);
}
