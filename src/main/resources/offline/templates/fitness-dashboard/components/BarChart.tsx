import { useState } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';

export interface Segment {
  label: string;
  value: number;
  color: string;
}

export interface Bar {
  label: string;
  full: string;
  /** one segment for a plain bar, several for a stacked one; empty for a day still to come */
  segments: Segment[];
}

interface BarChartProps {
  bars: Bar[];
  goal?: number;
  goalLabel?: string;
  highlight?: number;
  format: (n: number) => string;
  formatAxis: (n: number) => string;
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

export default function BarChart({ bars, goal, goalLabel, highlight, format, formatAxis, height = 220, testId }: BarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const m = { top: 14, right: 8, bottom: 26, left: 48 };
  const innerW = Math.max(40, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;
  const totals = bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0));
  const { top, step } = niceTop(Math.max(goal ?? 0, ...totals) * 1.05);
  const slot = innerW / bars.length;
  const barW = Math.min(44, slot * 0.62);
  const y = (v: number) => m.top + innerH - (v / top) * innerH;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const tipLeft = hover === null ? 0 : Math.min(Math.max(m.left + slot * (hover + 0.5), 80), width - 80);

  return (
    <div ref={ref} style={{ position: 'relative', width: '100%' }} onMouseLeave={() => setHover(null)}>
      <svg data-testid={testId} width={width} height={height} role="img" aria-label={bars.map((b, i) => `${b.full}: ${totals[i] ? format(totals[i]) : 'no data'}`).join('; ')} style={{ display: 'block' }}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t === 0 ? undefined : '3 4'} />
            <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{formatAxis(t)}</text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = m.left + slot * i + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={b.full} onMouseEnter={() => setHover(i)} onClick={() => setHover(i)} style={{ cursor: b.segments.length ? 'pointer' : 'default' }}>
              <rect x={m.left + slot * i} y={m.top} width={slot} height={innerH} fill={hover === i ? alpha(theme.text, 0.05) : 'transparent'} />
              {b.segments.length === 0 && <rect x={x} y={y(0) - 4} width={barW} height={4} rx={2} fill={theme.border} />}
              {b.segments.map((s, k) => {
                const y0 = y(acc);
                acc += s.value;
                const y1 = y(acc);
                const last = k === b.segments.length - 1;
                return <rect key={s.label} x={x} y={y1} width={barW} height={Math.max(0, y0 - y1)} rx={last ? Math.min(6, barW / 4) : 0} fill={s.color} opacity={highlight === undefined || highlight === i || hover === i ? 1 : 0.75} />;
              })}
              <text x={x + barW / 2} y={height - 8} textAnchor="middle" fontSize={11} fontWeight={highlight === i ? 800 : 400} fill={highlight === i ? theme.text : theme.muted}>{b.label}</text>
            </g>
          );
        })}
        {goal !== undefined && (
          <g>
            <line x1={m.left} x2={m.left + innerW} y1={y(goal)} y2={y(goal)} stroke={theme.accentOnSurface} strokeWidth={2} strokeDasharray="6 4" />
            <text x={m.left + innerW} y={y(goal) - 6} textAnchor="end" fontSize={11} fontWeight={700} fill={theme.accentOnSurface}>{goalLabel ?? `Goal ${format(goal)}`}</text>
          </g>
        )}
      </svg>
      {hover !== null && bars[hover].segments.length > 0 && (
        <div role="status" data-testid={`${testId}-tooltip`} style={{ position: 'absolute', top: 0, left: tipLeft, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}>
          <div style={{ fontWeight: 700 }}>{bars[hover].full}: {format(totals[hover])}</div>
          {bars[hover].segments.length > 1 &&
            bars[hover].segments.map((s) => (
              <div key={s.label} style={{ opacity: 0.85 }}>{s.label}: {format(s.value)}</div>
            ))}
        </div>
      )}
    </div>
  );
}
