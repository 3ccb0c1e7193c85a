import { useId, useState } from 'react';
import type { PointerEvent } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { money, moneyCompact } from '../mortgage';
import type { Plan } from '../mortgage';

interface BalanceChartProps {
  plan: Plan;
  currency: string;
  startYear: number;
}

function niceTop(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

/** Remaining balance (area) and interest paid so far (line), one point per year. */
export default function BalanceChart({ plan, currency, startYear }: BalanceChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const gradient = `bal-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const height = 260;
  const m = { top: 12, right: 14, bottom: 28, left: 62 };
  const innerW = Math.max(40, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;

  let interestSoFar = 0;
  const points = [{ year: 0, balance: plan.loan, interest: 0 }].concat(
    plan.years.map((y) => {
      interestSoFar += y.interest;
      return { year: y.year, balance: y.balance, interest: interestSoFar };
    }),
  );
  const n = points.length - 1;
  const { top, step } = niceTop(Math.max(plan.loan, interestSoFar));
  const x = (i: number) => m.left + (i / n) * innerW;
  const y = (v: number) => m.top + innerH - (v / top) * innerH;
  const path = (key: 'balance' | 'interest') => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const balanceLine = path('balance');
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const labelEvery = n <= 10 ? (width < 480 ? 2 : 1) : width < 480 ? 10 : 5;
  const interestColor = theme.accentOnSurface;

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const i = Math.round(((e.clientX - rect.left - m.left) / innerW) * n);
    setHover(Math.min(n, Math.max(0, i)));
  };
  const tipLeft = hover === null ? 0 : Math.min(Math.max(x(hover), 90), width - 90);

  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, fontSize: 13, color: theme.muted, marginBottom: 8 }}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}><span aria-hidden="true" style={{ width: 14, height: 10, borderRadius: 3, background: alpha(theme.primary, 0.5), border: `2px solid ${theme.primaryOnSurface}` }} />Remaining balance</span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}><span aria-hidden="true" style={{ width: 14, height: 3, borderRadius: 2, background: interestColor }} />Interest paid so far</span>
      </div>
      <div ref={ref} style={{ position: 'relative', width: '100%' }}>
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`The balance falls from ${money(plan.loan, currency)} to zero over ${n} years while ${money(plan.totalInterest, currency)} of interest is paid.`}
          onPointerMove={onMove}
          onPointerLeave={() => setHover(null)}
          style={{ display: 'block', touchAction: 'pan-y' }}
        >
          <defs>
            <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={theme.primary} stopOpacity={0.38} />
              <stop offset="100%" stopColor={theme.primary} stopOpacity={0.04} />
            </linearGradient>
          </defs>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t === 0 ? undefined : '3 4'} />
              <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{moneyCompact(t, currency)}</text>
            </g>
          ))}
          {points.map((p, i) =>
            i % labelEvery === 0 ? (
              <text key={p.year} x={x(i)} y={height - 8} textAnchor={i === 0 ? 'start' : i === n ? 'end' : 'middle'} fontSize={11} fill={hover === i ? theme.text : theme.muted}>
                {startYear + p.year}
              </text>
            ) : null,
          )}
          <path d={`${balanceLine} L${x(n)},${y(0)} L${x(0)},${y(0)} Z`} fill={`url(#${gradient})`} />
          <path d={balanceLine} fill="none" stroke={theme.primaryOnSurface} strokeWidth={2.5} strokeLinejoin="round" />
          <path d={path('interest')} fill="none" stroke={interestColor} strokeWidth={2.5} strokeLinejoin="round" />
          {hover !== null && (
            <g>
              <line x1={x(hover)} x2={x(hover)} y1={m.top} y2={m.top + innerH} stroke={alpha(theme.text, 0.25)} />
              <circle cx={x(hover)} cy={y(points[hover].balance)} r={5} fill={theme.surface} stroke={theme.primaryOnSurface} strokeWidth={2.5} />
              <circle cx={x(hover)} cy={y(points[hover].interest)} r={5} fill={theme.surface} stroke={interestColor} strokeWidth={2.5} />
            </g>
          )}
        </svg>
        {hover !== null && (
          <div role="status" data-testid="chart-tooltip" style={{ position: 'absolute', top: 0, left: tipLeft, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}>
            <div style={{ fontWeight: 700 }}>{hover === 0 ? 'At the start' : `End of year ${hover} (${startYear + hover})`}</div>
            <div>Balance: {money(points[hover].balance, currency)}</div>
            <div>Interest so far: {money(points[hover].interest, currency)}</div>
          </div>
        )}
      </div>
    </div>
  );
}
