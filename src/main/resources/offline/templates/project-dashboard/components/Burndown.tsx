import { useState } from 'react';
import type { PointerEvent } from 'react';
import { theme, alpha } from '../theme';
import { useElementWidth } from '../useElementWidth';
import { burndown, committed, shortDate } from '../data';
import type { Sprint } from '../data';

export default function Burndown({ sprint }: { sprint: Sprint }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const height = 260;
  const m = { top: 16, right: 16, bottom: 34, left: 40 };
  const innerW = Math.max(60, width - m.left - m.right);
  const innerH = height - m.top - m.bottom;

  const points = burndown(sprint);
  const start = committed(sprint);
  const maxScope = Math.max(start, ...points.map((p) => p.scope));
  const top = Math.ceil(maxScope / 10) * 10;
  const x = (day: number) => m.left + (day / 10) * innerW;
  const y = (v: number) => m.top + innerH - (v / top) * innerH;

  const actual = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.day).toFixed(1)},${y(p.remaining).toFixed(1)}`).join(' ');
  const scopeLine = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.day).toFixed(1)},${y(p.scope).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  // Projection at the average pace so far (current sprint only).
  const rate = last.day > 0 ? (last.scope - last.remaining) / last.day : 0;
  const projectedEnd = sprint.current && last.day < 10 ? Math.max(0, last.remaining - rate * (10 - last.day)) : null;
  const ideal = (day: number) => start - (start / 10) * day;
  const ticks = Array.from({ length: top / 10 + 1 }, (_, i) => i * 10).filter((_, i, all) => all.length <= 7 || i % 2 === 0);
  const lineColor = theme.primaryOnSurface;

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const day = Math.round(((e.clientX - rect.left - m.left) / innerW) * 10);
    setHover(Math.min(10, Math.max(0, day)));
  };
  const hovered = hover !== null ? points.find((p) => p.day === hover) ?? null : null;

  return (
    <div ref={ref} style={{ position: 'relative', width: '100%' }}>
      <svg
        width={width}
        height={height}
        data-testid="burndown-chart"
        role="img"
        aria-label={`Burndown for ${sprint.name}: ${last.remaining} of ${last.scope} points remaining after day ${last.day} of 10.`}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
        style={{ display: 'block', touchAction: 'pan-y' }}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={m.left} x2={m.left + innerW} y1={y(t)} y2={y(t)} stroke={theme.border} strokeDasharray={t ? '3 4' : undefined} />
            <text x={m.left - 8} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill={theme.muted}>{t}</text>
          </g>
        ))}
        {Array.from({ length: 11 }, (_, d) =>
          innerW > 360 || d % 2 === 0 ? (
            <text key={d} x={x(d)} y={height - 12} textAnchor={d === 0 ? 'start' : d === 10 ? 'end' : 'middle'} fontSize={11} fill={hover === d ? theme.text : theme.muted} fontWeight={hover === d ? 700 : 400}>
              {d === 0 ? 'Start' : `D${d}`}
            </text>
          ) : null,
        )}
        {sprint.current && sprint.elapsed < 10 && (
          <rect x={x(sprint.elapsed)} y={m.top} width={x(10) - x(sprint.elapsed)} height={innerH} fill={theme.subtle} />
        )}
        <line x1={x(0)} y1={y(start)} x2={x(10)} y2={y(0)} stroke={alpha(theme.text, 0.4)} strokeWidth={1.5} strokeDasharray="6 5" />
        <path d={scopeLine} fill="none" stroke={alpha(theme.accentOnSurface, 0.9)} strokeWidth={1.5} />
        {projectedEnd !== null && <line x1={x(last.day)} y1={y(last.remaining)} x2={x(10)} y2={y(projectedEnd)} stroke={lineColor} strokeWidth={2} strokeDasharray="2 5" strokeLinecap="round" />}
        <path d={`${actual} L${x(last.day).toFixed(1)},${y(0)} L${x(0)},${y(0)} Z`} fill={alpha(theme.primary, 0.1)} />
        <path d={actual} fill="none" stroke={lineColor} strokeWidth={2.5} strokeLinejoin="round" />
        {points.map((p) => <circle key={p.day} cx={x(p.day)} cy={y(p.remaining)} r={hover === p.day ? 5 : 3} fill={theme.surface} stroke={lineColor} strokeWidth={2} />)}
        {hover !== null && <line x1={x(hover)} x2={x(hover)} y1={m.top} y2={m.top + innerH} stroke={alpha(theme.text, 0.25)} />}
      </svg>
      {hover !== null && (
        <div data-testid="burndown-tooltip" role="status" style={{ position: 'absolute', top: 0, left: Math.min(Math.max(x(hover), 90), width - 90), transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 10, padding: '6px 10px', fontSize: 13, pointerEvents: 'none', whiteSpace: 'nowrap', boxShadow: theme.shadow }}>
          <div style={{ fontWeight: 700 }}>{hover === 0 ? 'Sprint start' : `Day ${hover} · ${shortDate(sprint.days[hover - 1])}`}</div>
          {hovered ? (
            <>
              <div>Remaining: {hovered.remaining} pts</div>
              <div style={{ opacity: 0.75 }}>Ideal: {Math.round(ideal(hover))} · scope {hovered.scope}</div>
            </>
          ) : (
            <div style={{ opacity: 0.8 }}>Not reached yet{projectedEnd !== null ? ` · trend ${Math.round(Math.max(0, last.remaining - rate * (hover - last.day)))} pts` : ''}</div>
          )}
        </div>
      )}
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 12, color: theme.muted, marginTop: 6 }}>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 3, background: lineColor, verticalAlign: 'middle', marginRight: 6 }} />Remaining</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 16, borderTop: `2px dashed ${alpha(theme.text, 0.4)}`, verticalAlign: 'middle', marginRight: 6 }} />Ideal</span>
        <span><span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 2, background: theme.accentOnSurface, verticalAlign: 'middle', marginRight: 6 }} />Scope</span>
        {projectedEnd !== null && <span data-testid="projection">Trend: {Math.round(projectedEnd)} pts left at the end</span>}
      </div>
    </div>
  );
}
