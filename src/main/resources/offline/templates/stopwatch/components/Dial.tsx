import { theme, alpha } from '../theme';

interface DialProps {
  ms: number;
  lapMs: number | null;
  running: boolean;
}

/** An analogue stopwatch face: the long hand goes round once a minute, the sub-dial once an hour. */
export default function Dial({ ms, lapMs, running }: DialProps) {
  const size = 260;
  const c = size / 2;
  const r = c - 14;
  const secAngle = ((ms % 60000) / 60000) * 360;
  const minAngle = ((ms % 3600000) / 3600000) * 360;
  const lapAngle = lapMs === null ? null : ((lapMs % 60000) / 60000) * 360;
  const point = (angle: number, radius: number, cx = c, cy = c) => {
    const rad = ((angle - 90) * Math.PI) / 180;
    return [cx + radius * Math.cos(rad), cy + radius * Math.sin(rad)];
  };
  const hand = theme.primaryOnSurface;
  const sub = { cx: c, cy: c + 46, r: 24 };
  const [sx, sy] = point(secAngle, r - 18);
  const [tx, ty] = point(secAngle + 180, 18);
  const [mx, my] = point(minAngle, sub.r - 5, sub.cx, sub.cy);

  return (
    <svg viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: 300, display: 'block' }} role="img" aria-label="Stopwatch dial">
      <circle cx={c} cy={c} r={r + 8} fill={theme.background} stroke={theme.border} strokeWidth={2} />
      {Array.from({ length: 60 }, (_, i) => {
        const major = i % 5 === 0;
        const [x1, y1] = point(i * 6, r);
        const [x2, y2] = point(i * 6, r - (major ? 12 : 6));
        return <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke={major ? theme.text : alpha(theme.text, 0.35)} strokeWidth={major ? 2.5 : 1.2} strokeLinecap="round" />;
      })}
      {[0, 15, 30, 45].map((s) => {
        const [x, y] = point(s * 6, r - 26);
        return (
          <text key={s} x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={14} fontWeight={700} fill={theme.muted} fontFamily={theme.body}>
            {s === 0 ? 60 : s}
          </text>
        );
      })}
      <circle cx={sub.cx} cy={sub.cy} r={sub.r} fill="none" stroke={theme.border} strokeWidth={1.5} />
      {Array.from({ length: 12 }, (_, i) => {
        const [x1, y1] = point(i * 30, sub.r, sub.cx, sub.cy);
        const [x2, y2] = point(i * 30, sub.r - 5, sub.cx, sub.cy);
        return <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke={alpha(theme.text, 0.45)} strokeWidth={1.2} />;
      })}
      <line x1={sub.cx} y1={sub.cy} x2={mx} y2={my} stroke={theme.text} strokeWidth={2.5} strokeLinecap="round" />
      <text x={sub.cx} y={sub.cy + 13} textAnchor="middle" fontSize={8} fill={theme.muted} fontFamily={theme.body}>MIN</text>
      {lapAngle !== null && (() => {
        const [lx, ly] = point(lapAngle, r - 4);
        return <circle cx={lx} cy={ly} r={5} fill={theme.accent} stroke={theme.surface} strokeWidth={2} />;
      })()}
      <line x1={tx} y1={ty} x2={sx} y2={sy} stroke={hand} strokeWidth={3} strokeLinecap="round" />
      <circle cx={c} cy={c} r={7} fill={hand} />
      <circle cx={c} cy={c} r={3} fill={theme.surface} />
      {running && <circle cx={c} cy={c} r={r + 8} fill="none" stroke={alpha(theme.primary, 0.35)} strokeWidth={3} />}
    </svg>
  );
}
