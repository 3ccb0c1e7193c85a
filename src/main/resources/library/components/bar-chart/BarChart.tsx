import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';

export type Bar = {
  label: string;
  value: number;
  /** CSS colour of this bar; defaults to `color`. */
  color?: string;
};

type Props = {
  data?: Bar[];
  /** Title above the chart; also the chart's accessible name. */
  title?: string;
  /** 'auto' draws vertical bars when each gets at least 44 px, horizontal bars otherwise (phones). */
  orientation?: 'auto' | 'vertical' | 'horizontal';
  /** Drawing height of vertical bars in px; horizontal charts grow with the number of bars. */
  height?: number;
  /** Print each value at the end of its bar. */
  showValues?: boolean;
  /** Text before every value, e.g. '$'. */
  valuePrefix?: string;
  /** Text after every value, e.g. '%'. */
  valueSuffix?: string;
  /** Formats values; overrides prefix and suffix. */
  formatValue?: (value: number) => string;
  /** Called when a bar is clicked, or chosen with Enter. */
  onSelect?: (bar: Bar, index: number) => void;
  /** BCP 47 locale for number formatting. */
  locale?: string;
  color?: string;
  background?: string;
  text?: string;
  muted?: string;
  grid?: string;
  border?: string;
  font?: string;
};

const DEFAULT_DATA: Bar[] = [
  { label: 'Mon', value: 32 },
  { label: 'Tue', value: 45 },
  { label: 'Wed', value: 41 },
  { label: 'Thu', value: 58 },
  { label: 'Fri', value: 67 },
  { label: 'Sat', value: 38 },
  { label: 'Sun', value: 24 },
];

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

function niceTicks(min: number, max: number, count: number): number[] {
  if (min === max) max = min + 1;
  const raw = (max - min) / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, Math.max(1, max - 1)) + '…' : s);

export default function BarChart(props: Props) {
  const {
    data = DEFAULT_DATA,
    title = props.data === undefined ? 'Orders per day, this week' : '',
    orientation = 'auto',
    height = 280,
    showValues = true,
    valuePrefix = '',
    valueSuffix = '',
    formatValue,
    onSelect,
    locale = 'en-US',
    color = '#4f46e5',
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
  const n = data.length;
  const values = data.map((d) => (Number.isFinite(d.value) ? d.value : 0));
  const valueChars = Math.max(...values.map((v) => fmt(v).length), 1);
  const hasNegative = values.some((v) => v < 0);

  const vertical = orientation === 'vertical' || (orientation === 'auto' && (width - 60) / Math.max(1, n) >= 44);
  // Horizontal charts: category labels right-aligned in a column of at most 38 % of the width.
  const rowLabelChars = Math.min(Math.max(...data.map((d) => d.label.length), 1), Math.floor((width * 0.38) / 7));
  const rowLabelX = 4 + rowLabelChars * 7;

  // Geometry. Vertical: categories along x, values up. Horizontal: categories down, values right.
  let ticks: number[];
  let svgH: number;
  let band: number;
  let pad: { top: number; right: number; bottom: number; left: number };
  let plot: number; // length of the value axis in px
  let tickEvery = 1;
  let shownTick: (i: number) => boolean = () => true;
  if (vertical) {
    ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), height < 200 ? 3 : 4);
    const widest = Math.max(...ticks.map((t) => fmt(t).length));
    pad = { top: showValues ? 22 : 10, right: 8, bottom: 30, left: Math.min(80, 12 + widest * 7) };
    svgH = height;
    plot = svgH - pad.top - pad.bottom;
    band = (width - pad.left - pad.right) / Math.max(1, n);
  } else {
    const valueRoom = showValues ? 12 + valueChars * 7 : 12;
    // Negative values print their label left of the bar, so the plot starts that much further right.
    pad = { top: 4, right: valueRoom, bottom: 26, left: rowLabelX + 10 + (showValues && hasNegative ? valueRoom : 0) };
    band = 36;
    svgH = pad.top + pad.bottom + n * band;
    plot = Math.max(40, width - pad.left - pad.right);
    ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
    // Label every k-th tick (counting from zero) so that the labels under the plot do not touch.
    const widest = Math.max(...ticks.map((t) => fmt(t).length)) * 7 + 14;
    const zeroAt = Math.max(0, ticks.indexOf(0));
    for (tickEvery = 1; tickEvery < ticks.length && Math.ceil(ticks.length / tickEvery) * widest > plot + widest; tickEvery++);
    shownTick = (i: number) => (i - zeroAt) % tickEvery === 0;
  }
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const tickLabels = ticks.map(fmt);
  const scale = (v: number) => ((v - lo) / (hi - lo || 1)) * plot;
  const zero = scale(0);
  const labelChars = vertical ? Math.max(2, Math.floor(band / 7.2)) : rowLabelChars;

  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!n) return;
    const fwd = vertical ? 'ArrowRight' : 'ArrowDown';
    const back = vertical ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = active;
    if (e.key === fwd || e.key === 'ArrowRight' || e.key === 'ArrowDown') next = active === null ? 0 : Math.min(n - 1, active + 1);
    else if (e.key === back || e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = active === null ? n - 1 : Math.max(0, active - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') next = null;
    else if ((e.key === 'Enter' || e.key === ' ') && active !== null && onSelect) {
      e.preventDefault();
      onSelect(data[active], active);
      return;
    } else return;
    e.preventDefault();
    setActive(next);
  };

  const activeBar = active !== null ? data[active] : undefined;

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
      <figcaption
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: '4px 16px', marginBottom: 12, minHeight: 22 }}
      >
        {title && <span style={{ fontWeight: 700, fontSize: 16 }}>{title}</span>}
        <span aria-live="polite" style={{ fontSize: 14, color: muted }}>
          {activeBar ? (
            <>
              {activeBar.label}: <strong style={{ color: text }}>{fmt(activeBar.value)}</strong>
            </>
          ) : null}
        </span>
      </figcaption>
      <div ref={boxRef} style={{ width: '100%' }}>
        <svg
          viewBox={`0 0 ${width} ${svgH}`}
          width="100%"
          height={svgH}
          role="img"
          aria-label={`${title ? title + '. ' : ''}Bar chart of ${n} values. Use the arrow keys to read them.`}
          tabIndex={0}
          onKeyDown={onKey}
          onBlur={() => setActive(null)}
          onPointerLeave={(e) => {
            if (e.pointerType === 'mouse') setActive(null);
          }}
          style={{ display: 'block', overflow: 'visible', outlineOffset: 4, borderRadius: 4 }}
        >
          {ticks.map((t, i) => {
            const p = scale(t);
            return vertical ? (
              <g key={t}>
                <line
                  x1={pad.left}
                  x2={width - pad.right}
                  y1={pad.top + plot - p}
                  y2={pad.top + plot - p}
                  stroke={grid}
                  strokeDasharray={t === 0 ? undefined : '3 4'}
                />
                <text x={pad.left - 10} y={pad.top + plot - p} dy="0.35em" textAnchor="end" fontSize={12} fill={muted}>
                  {tickLabels[i]}
                </text>
              </g>
            ) : (
              <g key={t}>
                <line x1={pad.left + p} x2={pad.left + p} y1={pad.top} y2={svgH - pad.bottom} stroke={grid} strokeDasharray={t === 0 ? undefined : '3 4'} />
                {shownTick(i) && (
                  <text x={pad.left + p} y={svgH - 8} textAnchor="middle" fontSize={12} fill={muted}>
                    {tickLabels[i]}
                  </text>
                )}
              </g>
            );
          })}
          {data.map((d, i) => {
            const v = values[i];
            const p = scale(v);
            const len = Math.max(Math.abs(p - zero), v === 0 ? 0 : 2);
            const fill = d.color ?? color;
            const isActive = i === active;
            const dim = active !== null && !isActive;
            const thick = Math.min(vertical ? 64 : 24, band * (vertical ? 0.62 : 0.64));
            const select = () => {
              setActive(i);
              onSelect?.(d, i);
            };
            if (vertical) {
              const cx = pad.left + band * i + band / 2;
              const yTop = pad.top + plot - Math.max(p, zero);
              return (
                <g key={d.label + i} onPointerEnter={() => setActive(i)} onClick={select} style={{ cursor: onSelect ? 'pointer' : 'default' }}>
                  <rect x={cx - band / 2} y={pad.top} width={band} height={plot} fill="transparent" />
                  <rect x={cx - thick / 2} y={yTop} width={thick} height={len} rx={Math.min(6, thick / 4)} fill={fill} opacity={dim ? 0.45 : 1} />
                  {showValues && (
                    <text x={cx} y={v >= 0 ? yTop - 6 : yTop + len + 14} textAnchor="middle" fontSize={12} fontWeight={600} fill={text}>
                      {fmt(v)}
                    </text>
                  )}
                  <text x={cx} y={svgH - 10} textAnchor="middle" fontSize={12} fill={isActive ? text : muted} fontWeight={isActive ? 700 : 400}>
                    {clip(d.label, labelChars)}
                  </text>
                </g>
              );
            }
            const cy = pad.top + band * i + band / 2;
            const xLeft = pad.left + Math.min(p, zero);
            return (
              <g key={d.label + i} onPointerEnter={() => setActive(i)} onClick={select} style={{ cursor: onSelect ? 'pointer' : 'default' }}>
                <rect x={0} y={cy - band / 2} width={width} height={band} fill="transparent" />
                <rect x={xLeft} y={cy - thick / 2} width={len} height={thick} rx={Math.min(6, thick / 4)} fill={fill} opacity={dim ? 0.45 : 1} />
                <text x={rowLabelX} y={cy} dy="0.35em" textAnchor="end" fontSize={13} fill={isActive ? text : muted} fontWeight={isActive ? 700 : 400}>
                  {clip(d.label, labelChars)}
                </text>
                {showValues && (
                  <text
                    x={v >= 0 ? xLeft + len + 6 : xLeft - 6}
                    y={cy}
                    dy="0.35em"
                    textAnchor={v >= 0 ? 'start' : 'end'}
                    fontSize={12}
                    fontWeight={600}
                    fill={text}
                  >
                    {fmt(v)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <table style={SR_ONLY}>
        <caption>{title || 'Chart data'}</caption>
        <tbody>
          {data.map((d, i) => (
            <tr key={d.label + i}>
              <th scope="row">{d.label}</th>
              <td>{fmt(values[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
