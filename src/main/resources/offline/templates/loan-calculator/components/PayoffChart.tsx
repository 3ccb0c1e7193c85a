import { useId, useState } from 'react';
import type { PointerEvent } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { money, moneyCompact, span } from '../loan';
import type { Comparison } from '../loan';

function niceTop(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

/** Balance month by month: the original plan dashed, the plan with extra payments filled. */
export default function PayoffChart({ result, currency }: { result: Comparison; currency: string }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const gradient = `payoff-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const height = 240;
  const m = { top: 12, right: 14, bottom: 28, left: 58 };
  const innerW = Math.max(40, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;
  const base = result.base.balances;
  const fast = result.withExtra.balances;
  const n = Math.max(1, base.length - 1);
  const { top, step } = niceTop(base[0]);
  const x = (i: number) => m.left + (i / n) * innerW;
  const y = (v: number) => m.top + innerH - (v / top) * innerH;
  const line = (values: number[]) => values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const fastLine = line(fast);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const years = Math.ceil(n / 12);
  const yearStep = Math.max(1, Math.ceil(years / Math.max(1, Math.floor(innerW / 56))));
  const yearMarks = Array.from({ length: Math.floor(years / yearStep) + 1 }, (_, k) => k * yearStep * 12).filter((mo) => mo <= n);

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    setHover(Math.min(n, Math.max(0, Math.round(((e.clientX - rect.left - m.left) / innerW) * n))));
  };
  const tipLeft = hover === null ? 0 : Math.min(Math.max(x(hover), 95), width - 95);

  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, fontSize: 13, color: theme.muted, marginBottom: 8 }}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}><span aria-hidden="true" style={{ width: 16, height: 0, borderTop: `2px dashed ${theme.muted}` }} />Original plan</span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}><span aria-hidden="true" style={{ width: 16, height: 4, borderRadius: 2, background: theme.primaryOnSurface }} />With extra payments</span>
      </div>
      <div ref={ref} style={{ position: 'relative', width: '100%' }}>
        <svg width={width} height={height} role="img" aria-label={`Balance over time: paid off after ${span(result.withExtra.months)} with extra payments, ${span(result.base.months)} without.`} onPointerMove={onMove} onPointerLeave={() => setHover(null)} style={{ display: 'block', touchAction: 'pan-y' }}>
          <defs>
            <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={theme.primary} stopOpacity={0.35} />
              <stop offset="100%" stopColor={theme.primary} stopOpacity={0.03} />
            </linearGradient>
          </defs>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t === 0 ? undefined : '3 4'} />
              <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{moneyCompact(t, currency)}</text>
            </g>
          ))}
          {yearMarks.map((mo) => (
            <text key={mo} x={x(mo)} y={height - 8} textAnchor={mo === 0 ? 'start' : x(mo) > width - 30 ? 'end' : 'middle'} fontSize={11} fill={theme.muted}>
              {mo === 0 ? 'Now' : `Year ${mo / 12}`}
            </text>
          ))}
          <path d={`${fastLine} L${x(fast.length - 1)},${y(0)} L${x(0)},${y(0)} Z`} fill={`url(#${gradient})`} />
          <path d={line(base)} fill="none" stroke={theme.muted} strokeWidth={2} strokeDasharray="6 5" />
          <path d={fastLine} fill="none" stroke={theme.primaryOnSurface} strokeWidth={2.5} strokeLinejoin="round" />
          {hover !== null && <line x1={x(hover)} x2={x(hover)} y1={m.top} y2={m.top + innerH} stroke={alpha(theme.text, 0.25)} />}
        </svg>
        {hover !== null && (
          <div role="status" data-testid="chart-tooltip" style={{ position: 'absolute', top: 0, left: tipLeft, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}>
            <div style={{ fontWeight: 700 }}>{hover === 0 ? 'Today' : `After ${span(hover)}`}</div>
            <div>Original: {money(base[Math.min(hover, base.length - 1)], currency)}</div>
            <div>With extra: {money(fast[Math.min(hover, fast.length - 1)], currency)}</div>
          </div>
        )}
      </div>
    </div>
  );
}
