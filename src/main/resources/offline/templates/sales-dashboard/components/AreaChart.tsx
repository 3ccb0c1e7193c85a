import { useId, useState } from 'react';
import type { PointerEvent } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';

export interface ChartPoint {
  label: string;
  full: string;
  value: number;
}

interface AreaChartProps {
  points: ChartPoint[];
  compare?: number[];
  format: (n: number) => string;
  formatAxis: (n: number) => string;
  height?: number;
}

/** Rounds the axis maximum up to 1, 2, 2.5 or 5 times a power of ten. */
function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / ticks;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

export default function AreaChart({ points, compare, format, formatAxis, height = 260 }: AreaChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const gradientId = `area-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const m = { top: 14, right: 12, bottom: 28, left: 58 };
  const innerW = Math.max(40, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;
  const n = points.length;
  const compareValues = compare && compare.length === n ? compare : null;
  const { top, step } = niceScale(Math.max(...points.map((p) => p.value), ...(compareValues ?? [0])));
  const x = (i: number) => m.left + (n <= 1 ? innerW / 2 : (i * innerW) / (n - 1));
  const y = (v: number) => m.top + innerH - (v / top) * innerH;

  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const area = `${line} L${x(n - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
  const compareLine = compareValues ? compareValues.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ') : null;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(innerW / 48))));
  const lineColor = theme.primaryOnSurface;

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const rel = e.clientX - rect.left - m.left;
    const i = n <= 1 ? 0 : Math.round((rel / innerW) * (n - 1));
    setHover(Math.min(n - 1, Math.max(0, i)));
  };

  const total = points.reduce((s, p) => s + p.value, 0);
  const tipLeft = hover === null ? 0 : Math.min(Math.max(x(hover), 80), width - 80);

  return (
    <div ref={ref} style={{ position: 'relative', width: '100%' }}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`Revenue per month from ${points[0]?.full ?? ''} to ${points[n - 1]?.full ?? ''}, ${format(total)} in total.`}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
        style={{ display: 'block', touchAction: 'pan-y' }}
      >
        <defs>
          <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={theme.primary} stopOpacity={0.35} />
            <stop offset="100%" stopColor={theme.primary} stopOpacity={0.02} />
          </linearGradient>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t === 0 ? undefined : '3 4'} />
            <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{formatAxis(t)}</text>
          </g>
        ))}
        {points.map((p, i) =>
          i === n - 1 || (i % labelEvery === 0 && n - 1 - i >= Math.max(1, labelEvery * 0.6)) ? (
            <text key={p.full} x={x(i)} y={height - 8} textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'} fontSize={11} fill={hover === i ? theme.text : theme.muted} fontWeight={hover === i ? 700 : 400}>
              {p.label}
            </text>
          ) : null,
        )}
        <path d={area} fill={`url(#${gradientId})`} />
        {compareLine && <path d={compareLine} fill="none" stroke={alpha(theme.text, 0.35)} strokeWidth={1.5} strokeDasharray="5 5" />}
        <path d={line} fill="none" stroke={lineColor} strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
        {hover !== null && (
          <g>
            <line x1={x(hover)} x2={x(hover)} y1={m.top} y2={m.top + innerH} stroke={alpha(theme.text, 0.25)} />
            <circle cx={x(hover)} cy={y(points[hover].value)} r={5} fill={theme.surface} stroke={lineColor} strokeWidth={2.5} />
          </g>
        )}
      </svg>
      {hover !== null && (
        <div
          role="status"
          data-testid="chart-tooltip"
          style={{ position: 'absolute', top: 0, left: tipLeft, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}
        >
          <div style={{ fontWeight: 700 }}>{points[hover].full}</div>
          <div>{format(points[hover].value)}</div>
          {compareValues && <div style={{ opacity: 0.75 }}>before: {format(compareValues[hover])}</div>}
        </div>
      )}
    </div>
  );
}
