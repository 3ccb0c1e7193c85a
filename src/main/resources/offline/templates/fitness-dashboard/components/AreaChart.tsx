import { useId, useState } from 'react';
import type { PointerEvent } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { num } from '../data';

interface AreaChartProps {
  points: { label: string; full: string; value: number | null }[];
  goal?: number;
  format: (n: number) => string;
  height?: number;
  testId: string;
}

function niceTop(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

export default function AreaChart({ points, goal, format, height = 200, testId }: AreaChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const gradient = `area-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const m = { top: 16, right: 16, bottom: 26, left: 48 };
  const innerW = Math.max(40, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;
  const known = points.map((p, i) => ({ ...p, i })).filter((p): p is { label: string; full: string; value: number; i: number } => p.value !== null);
  const { top: max, step } = niceTop(Math.max(goal ?? 0, ...known.map((p) => p.value)) * 1.08);
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const x = (i: number) => m.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => m.top + innerH - (v / max) * innerH;
  const line = known.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const area = known.length ? `${line} L${x(known[known.length - 1].i)},${y(0)} L${x(known[0].i)},${y(0)} Z` : '';
  const color = theme.primaryOnSurface;

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const i = Math.round(((e.clientX - rect.left - m.left) / innerW) * (points.length - 1));
    const clamped = Math.min(points.length - 1, Math.max(0, i));
    setHover(points[clamped].value === null ? null : clamped);
  };
  const tipLeft = hover === null ? 0 : Math.min(Math.max(x(hover), 70), width - 70);

  return (
    <div ref={ref} style={{ position: 'relative', width: '100%' }}>
      <svg data-testid={testId} width={width} height={height} role="img" aria-label={known.map((p) => `${p.full}: ${format(p.value)}`).join('; ')} onPointerMove={onMove} onPointerLeave={() => setHover(null)} style={{ display: 'block', touchAction: 'pan-y' }}>
        <defs>
          <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={theme.primary} stopOpacity={0.35} />
            <stop offset="100%" stopColor={theme.primary} stopOpacity={0.02} />
          </linearGradient>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t === 0 ? undefined : '3 4'} />
            <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{num.format(t)}</text>
          </g>
        ))}
        {goal !== undefined && (
          <g>
            <line x1={m.left} x2={m.left + innerW} y1={y(goal)} y2={y(goal)} stroke={theme.accentOnSurface} strokeWidth={2} strokeDasharray="6 4" />
            <text x={m.left + innerW} y={y(goal) - 6} textAnchor="end" fontSize={11} fontWeight={700} fill={theme.accentOnSurface}>Goal {format(goal)}</text>
          </g>
        )}
        {points.map((p, i) => (
          <text key={p.full} x={x(i)} y={height - 8} textAnchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'} fontSize={11} fill={hover === i ? theme.text : theme.muted}>{p.label}</text>
        ))}
        {area && <path d={area} fill={`url(#${gradient})`} />}
        {line && <path d={line} fill="none" stroke={color} strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />}
        {known.map((p) => (
          <circle key={p.full} cx={x(p.i)} cy={y(p.value)} r={hover === p.i ? 6 : 3.5} fill={theme.surface} stroke={color} strokeWidth={2.5} />
        ))}
        {hover !== null && <line x1={x(hover)} x2={x(hover)} y1={m.top} y2={m.top + innerH} stroke={alpha(theme.text, 0.2)} />}
      </svg>
      {hover !== null && points[hover].value !== null && (
        <div role="status" data-testid={`${testId}-tooltip`} style={{ position: 'absolute', top: 0, left: tipLeft, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}>
          <strong>{points[hover].full}</strong>: {format(points[hover].value as number)}
        </div>
      )}
    </div>
  );
}
