import { theme, alpha } from '../theme';

interface AnalogClockProps {
  hour: number;
  minute: number;
  second: number;
  size?: number;
  dark: boolean;
  showSeconds: boolean;
}

export default function AnalogClock({ hour, minute, second, size = 76, dark, showSeconds }: AnalogClockProps) {
  const face = dark ? theme.text : theme.surface;
  const ink = dark ? theme.surface : theme.text;
  const hand = (angle: number, length: number, width: number, color: string) => {
    const rad = ((angle - 90) * Math.PI) / 180;
    return <line x1={50} y1={50} x2={50 + Math.cos(rad) * length} y2={50 + Math.sin(rad) * length} stroke={color} strokeWidth={width} strokeLinecap="round" />;
  };
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" style={{ flexShrink: 0, display: 'block' }}>
      <circle cx={50} cy={50} r={47} fill={face} stroke={alpha(theme.text, 0.2)} strokeWidth={2} />
      {Array.from({ length: 12 }, (_, i) => {
        const rad = (i * 30 * Math.PI) / 180;
        const inner = i % 3 === 0 ? 34 : 38;
        return <line key={i} x1={50 + Math.sin(rad) * inner} y1={50 - Math.cos(rad) * inner} x2={50 + Math.sin(rad) * 42} y2={50 - Math.cos(rad) * 42} stroke={alpha(ink, i % 3 === 0 ? 0.8 : 0.4)} strokeWidth={i % 3 === 0 ? 3 : 2} strokeLinecap="round" />;
      })}
      {hand((hour % 12) * 30 + minute * 0.5, 22, 5, ink)}
      {hand(minute * 6 + second * 0.1, 33, 3.5, ink)}
      {showSeconds && hand(second * 6, 36, 1.5, theme.accent)}
      <circle cx={50} cy={50} r={3.5} fill={showSeconds ? theme.accent : ink} />
    </svg>
  );
}
