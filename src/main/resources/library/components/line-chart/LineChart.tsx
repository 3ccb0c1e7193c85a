import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';

export type LineSeries = {
  name: string;
  /** One value per label; null leaves a gap. */
  values: (number | null)[];
  /** CSS colour; defaults to the next colour of `colors`. */
  color?: string;
};

type Props = {
  /** Categories along the x axis (months, days, …), one per value. */
  labels?: string[];
  series?: LineSeries[];
  /** Title above the chart; also the chart's accessible name. */
  title?: string;
  /** Drawing height in px; the width follows the container. */
  height?: number;
  /** Text before every value, e.g. '$'. */
  valuePrefix?: string;
  /** Text after every value, e.g. '%' or ' ms'. */
  valueSuffix?: string;
  /** Formats values on the axis and in the tooltip; overrides prefix and suffix. */
  formatValue?: (value: number) => string;
  /** Lowest value on the y axis; 'auto' starts at 0 unless values go below it. */
  yMin?: number | 'auto';
  /** Fill the area under each line. */
  area?: boolean;
  /** Dots on each point; 'auto' shows them when there are at most 24 points. */
  dots?: boolean | 'auto';
  /** BCP 47 locale for number formatting. */
  locale?: string;
  colors?: string[];
  background?: string;
  text?: string;
  muted?: string;
  grid?: string;
  border?: string;
  font?: string;
};

const DEFAULT_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DEFAULT_SERIES: LineSeries[] = [
  { name: 'Revenue', values: [42, 48, 45, 53, 61, 58, 67, 72, 70, 79, 86, 94] },
  { name: 'Costs', values: [30, 31, 33, 34, 36, 35, 38, 40, 41, 43, 44, 47] },
];
const DEFAULT_COLORS = ['#4f46e5', '#0891b2', '#d97706', '#db2777', '#16a34a', '#7c3aed'];

const SR_ONLY: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Round axis bounds and a step of 1, 2, 2.5 or 5 × 10^n giving about `count` ticks. */
function niceTicks(min: number, max: number, count: number): number[] {
  if (min === max) {
    max = min + 1;
    min = min >= 0 && min < 1 ? 0 : min - 1;
  }
  const raw = (max - min) / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export default function LineChart(props: Props) {
  const {
    labels = DEFAULT_LABELS,
    series = DEFAULT_SERIES,
    title = props.series === undefined ? 'Revenue and costs, in thousands' : '',
    height = 300,
    valuePrefix = '',
    valueSuffix = '',
    formatValue,
    yMin = 'auto',
    area = true,
    dots = 'auto',
    locale = 'en-US',
    colors = DEFAULT_COLORS,
    background = '#ffffff',
    text = '#0f172a',
    muted = '#64748b',
    grid = '#e2e8f0',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  const [active, setActive] = useState<number | null>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const fmt = formatValue ?? ((v: number) => `${valuePrefix}${v.toLocaleString(locale, { maximumFractionDigits: 2 })}${valueSuffix}`);
  const n = labels.length;
  const all = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)));
  const dataMin = all.length ? Math.min(...all) : 0;
  const dataMax = all.length ? Math.max(...all) : 1;
  const ticks = niceTicks(yMin === 'auto' ? Math.min(0, dataMin) : Math.min(yMin, dataMin), dataMax, height < 220 ? 3 : 5);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];

  const tickLabels = ticks.map(fmt);
  const padL = Math.min(90, 12 + Math.max(...tickLabels.map((t) => t.length)) * 7);
  const pad = { top: 16, right: 16, bottom: 32, left: padL };
  const plotW = Math.max(10, width - pad.left - pad.right);
  const plotH = Math.max(10, height - pad.top - pad.bottom);
  const x = (i: number) => pad.left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => pad.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const colorOf = (i: number) => series[i]?.color ?? colors[i % colors.length] ?? '#4f46e5';
  const showDots = dots === 'auto' ? n <= 24 : dots;
  const labelWidth = 16 + Math.max(0, ...labels.map((l) => l.length)) * 7;
  const labelEvery = Math.max(1, Math.ceil((n * labelWidth) / plotW));

  const segments = (values: (number | null)[]) => {
    const runs: [number, number][][] = [];
    let cur: [number, number][] = [];
    values.slice(0, n).forEach((v, i) => {
      if (typeof v === 'number' && Number.isFinite(v)) cur.push([x(i), y(v)]);
      else if (cur.length) {
        runs.push(cur);
        cur = [];
      }
    });
    if (cur.length) runs.push(cur);
    return runs;
  };

  const pick = (e: PointerEvent<SVGSVGElement>) => {
    if (!n) return;
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * width;
    const i = n <= 1 ? 0 : Math.round(((px - pad.left) / plotW) * (n - 1));
    setActive(Math.max(0, Math.min(n - 1, i)));
  };

  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!n) return;
    let next: number | null = active;
    if (e.key === 'ArrowRight') next = active === null ? 0 : Math.min(n - 1, active + 1);
    else if (e.key === 'ArrowLeft') next = active === null ? n - 1 : Math.max(0, active - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') next = null;
    else return;
    e.preventDefault();
    setActive(next);
  };

  // The tooltip sits at the top of the plot, beside the guide line, on the side with more room.
  const guideX = active === null ? 0 : x(active);
  const tipOnLeft = guideX > width / 2;

  return (
    <figure
      style={{
        margin: 0,
        padding: 'clamp(14px, 3vw, 22px)',
        background,
        color: text,
        fontFamily: font,
        border: `1px solid ${border}`,
        borderRadius: 16,
        minWidth: 0,
      }}
    >
      {(title || series.length > 1) && (
        <figcaption style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: '8px 20px', marginBottom: 12 }}>
          {title && <span style={{ fontWeight: 700, fontSize: 16 }}>{title}</span>}
          {series.length > 1 && (
            <span aria-hidden="true" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: 13, color: muted }}>
              {series.map((s, i) => (
                <span key={s.name} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                  <span style={{ width: 12, height: 3, borderRadius: 2, background: colorOf(i) }} />
                  {s.name}
                </span>
              ))}
            </span>
          )}
        </figcaption>
      )}
      <div ref={boxRef} style={{ position: 'relative', width: '100%' }}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          height={height}
          role="img"
          aria-label={`${title ? title + '. ' : ''}Line chart. Use the arrow keys to read the values.`}
          tabIndex={0}
          onKeyDown={onKey}
          onPointerMove={pick}
          onPointerDown={pick}
          onPointerLeave={(e) => {
            if (e.pointerType === 'mouse') setActive(null);
          }}
          onBlur={() => setActive(null)}
          style={{ display: 'block', overflow: 'visible', touchAction: 'pan-y', outlineOffset: 4, borderRadius: 4 }}
        >
          <defs>
            {series.map((s, i) => (
              <linearGradient key={s.name} id={`${uid}-fill-${i}`} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={colorOf(i)} stopOpacity={series.length > 1 ? 0.14 : 0.22} />
                <stop offset="100%" stopColor={colorOf(i)} stopOpacity={0} />
              </linearGradient>
            ))}
          </defs>
          {ticks.map((t, i) => (
            <g key={t}>
              <line
                x1={pad.left}
                x2={pad.left + plotW}
                y1={y(t)}
                y2={y(t)}
                stroke={grid}
                strokeWidth={1}
                strokeDasharray={t === 0 || i === 0 ? undefined : '3 4'}
              />
              <text x={pad.left - 10} y={y(t)} dy="0.35em" textAnchor="end" fontSize={12} fill={muted}>
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {labels.map((l, i) =>
            i % labelEvery === 0 ? (
              <text
                key={l + i}
                x={x(i)}
                y={height - 8}
                textAnchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}
                fontSize={12}
                fill={muted}
              >
                {l}
              </text>
            ) : null,
          )}
          {active !== null && <line x1={x(active)} x2={x(active)} y1={pad.top} y2={pad.top + plotH} stroke={muted} strokeOpacity={0.5} strokeWidth={1} />}
          {series.map((s, si) =>
            segments(s.values).map((run, ri) => {
              const d = run.map(([px, py], k) => `${k ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
              const base = y(Math.max(lo, Math.min(hi, 0)));
              return (
                <g key={`${s.name}-${ri}`}>
                  {area && run.length > 1 && (
                    <path d={`${d} L${run[run.length - 1][0].toFixed(1)},${base} L${run[0][0].toFixed(1)},${base} Z`} fill={`url(#${uid}-fill-${si})`} />
                  )}
                  <path d={d} fill="none" stroke={colorOf(si)} strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
                </g>
              );
            }),
          )}
          {series.map((s, si) =>
            s.values
              .slice(0, n)
              .map((v, i) =>
                typeof v === 'number' && (showDots || i === active) ? (
                  <circle
                    key={`${s.name}-${i}`}
                    cx={x(i)}
                    cy={y(v)}
                    r={i === active ? 5 : 3}
                    fill={i === active ? colorOf(si) : background}
                    stroke={colorOf(si)}
                    strokeWidth={2}
                  />
                ) : null,
              ),
          )}
        </svg>
        <div
          aria-live="polite"
          style={{
            position: 'absolute',
            left: tipOnLeft ? guideX - 12 : guideX + 12,
            top: pad.top,
            transform: tipOnLeft ? 'translateX(-100%)' : 'none',
            pointerEvents: 'none',
            visibility: active === null ? 'hidden' : 'visible',
            background: text,
            color: background,
            borderRadius: 10,
            padding: '8px 12px',
            fontSize: 13,
            lineHeight: 1.5,
            whiteSpace: 'nowrap',
            boxShadow: '0 8px 24px rgba(15, 23, 42, 0.25)',
            zIndex: 1,
          }}
        >
          {active !== null && (
            <>
              <div style={{ fontWeight: 700 }}>{labels[active]}</div>
              {series.map((s, si) => {
                const v = s.values[active];
                return (
                  <div key={s.name} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <span
                      aria-hidden="true"
                      style={{ width: 8, height: 8, borderRadius: 999, background: colorOf(si), boxShadow: `0 0 0 1.5px ${background}` }}
                    />
                    <span>{s.name}:</span>
                    <span style={{ fontWeight: 700, marginLeft: 'auto' }}>{typeof v === 'number' ? fmt(v) : '—'}</span>
                  </div>
                );
              })}
            </>
          )}
        </div>
      </div>
      <table style={SR_ONLY}>
        <caption>{title || 'Chart data'}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={l + i}>
              <th scope="row">{l}</th>
              {series.map((s) => {
                const v = s.values[i];
                return <td key={s.name}>{typeof v === 'number' ? fmt(v) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
