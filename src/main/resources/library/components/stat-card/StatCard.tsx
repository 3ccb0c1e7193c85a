import type { CSSProperties, ReactNode } from 'react';

type Props = {
  /** What is measured, e.g. 'Monthly revenue'. Without label and value the card shows an example. */
  label?: string;
  /** The figure: a ready string ('$48.2k'), or a number formatted with prefix, suffix and locale. */
  value?: string | number;
  valuePrefix?: string;
  valueSuffix?: string;
  /** Change since the comparison period; positive is up. Omit for no delta. */
  delta?: number;
  /** Text after the delta number (default '%'). */
  deltaSuffix?: string;
  /** What the delta compares with, e.g. 'vs last month'. */
  deltaLabel?: string;
  /** Down is good (costs, churn, response time): colours the delta the other way round. */
  invert?: boolean;
  /** An emoji or short text shown in a tinted tile. */
  icon?: string;
  /** Recent values drawn as a small line, oldest first. */
  trend?: number[];
  /** Makes the whole card a link. */
  href?: string;
  /** Makes the whole card a button. */
  onClick?: () => void;
  /** BCP 47 locale for number formatting. */
  locale?: string;
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  positive?: string;
  negative?: string;
  border?: string;
  font?: string;
};

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

function Sparkline({ values, color }: { values: number[]; color: string }) {
  const w = 120;
  const h = 36;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pts = values.map(
    (v, i) => [values.length === 1 ? w / 2 : (i / (values.length - 1)) * w, max === min ? h / 2 : 3 + (1 - (v - min) / (max - min)) * (h - 6)] as const,
  );
  const line = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = pts[pts.length - 1];
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block', overflow: 'visible', maxWidth: '100%' }}
    >
      <path d={`${line} L${w},${h} L0,${h} Z`} fill={color} opacity={0.12} />
      <path d={line} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      {last && <circle cx={last[0]} cy={last[1]} r={3} fill={color} />}
    </svg>
  );
}

export default function StatCard(props: Props) {
  const demo = props.label === undefined && props.value === undefined;
  const {
    label = demo ? 'Monthly revenue' : '',
    value = demo ? 48250 : '—',
    valuePrefix = demo ? '$' : '',
    valueSuffix = '',
    delta = demo ? 12.4 : undefined,
    deltaSuffix = '%',
    deltaLabel = demo ? 'vs last month' : '',
    invert = false,
    icon = demo ? '💰' : '',
    trend = demo ? [31, 34, 33, 38, 41, 39, 44, 48] : [],
    href,
    onClick,
    locale = 'en-US',
    background = '#ffffff',
    text = '#0f172a',
    muted = '#64748b',
    accent = '#4f46e5',
    positive = '#166534',
    negative = '#b91c1c',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  const shown =
    typeof value === 'number'
      ? `${valuePrefix}${value.toLocaleString(locale, { maximumFractionDigits: 2 })}${valueSuffix}`
      : `${valuePrefix}${value}${valueSuffix}`;
  const hasDelta = typeof delta === 'number' && Number.isFinite(delta);
  const up = hasDelta && delta > 0;
  const flat = hasDelta && delta === 0;
  const good = flat ? null : up !== invert;
  const deltaColor = good === null ? muted : good ? positive : negative;
  const deltaText = hasDelta
    ? `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${Math.abs(delta).toLocaleString(locale, { maximumFractionDigits: 2 })}${deltaSuffix}`
    : '';

  const body: ReactNode = (
    <>
      <span style={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 12, minHeight: 36 }}>
        <span style={{ display: 'block', fontSize: 14, fontWeight: 600, color: muted, lineHeight: 1.4 }}>{label}</span>
        {icon && (
          <span
            aria-hidden="true"
            style={{
              width: 36,
              height: 36,
              flexShrink: 0,
              borderRadius: 10,
              display: 'grid',
              placeItems: 'center',
              fontSize: 18,
              background: `color-mix(in srgb, ${accent} 14%, transparent)`,
              color: accent,
              fontWeight: 800,
            }}
          >
            {icon}
          </span>
        )}
      </span>
      <span style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', marginTop: 2 }}>
        <span style={{ display: 'block', minWidth: 0 }}>
          <span
            style={{
              display: 'block',
              fontSize: 'clamp(1.6rem, 4vw, 2rem)',
              fontWeight: 800,
              letterSpacing: '-0.02em',
              lineHeight: 1.15,
              fontVariantNumeric: 'tabular-nums',
              overflowWrap: 'anywhere',
            }}
          >
            {shown}
          </span>
          {hasDelta && (
            <span style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px', fontSize: 13.5 }}>
              <span
                data-delta={good === null ? 'flat' : good ? 'good' : 'bad'}
                style={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 4,
                  padding: '2px 8px',
                  borderRadius: 999,
                  fontWeight: 700,
                  color: deltaColor,
                  background: `color-mix(in srgb, ${deltaColor} 12%, ${background})`,
                }}
              >
                <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                  {flat ? (
                    <path d="M2 6h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                  ) : (
                    <path
                      d={up ? 'M6 10V2.5M2.5 6L6 2.5 9.5 6' : 'M6 2v7.5M2.5 6L6 9.5 9.5 6'}
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                  )}
                </svg>
                <span style={SR_ONLY}>{flat ? 'No change' : up ? 'Up' : 'Down'}</span>
                {deltaText}
                {good !== null && <span style={SR_ONLY}>{good ? ', good' : ', bad'}</span>}
              </span>
              {deltaLabel && <span style={{ color: muted }}>{deltaLabel}</span>}
            </span>
          )}
        </span>
        {trend.length > 1 && (
          <span style={{ display: 'block', flex: '0 1 120px', minWidth: 60 }}>
            <Sparkline values={trend} color={accent} />
          </span>
        )}
      </span>
    </>
  );

  const card: CSSProperties = {
    display: 'block',
    boxSizing: 'border-box',
    width: '100%',
    margin: 0,
    padding: 'clamp(16px, 3vw, 22px)',
    background,
    color: text,
    border: `1px solid ${border}`,
    borderRadius: 16,
    fontFamily: font,
    textAlign: 'left',
    textDecoration: 'none',
    minWidth: 0,
  };

  if (href) {
    return (
      <a href={href} onClick={onClick} style={{ ...card, cursor: 'pointer' }}>
        {body}
      </a>
    );
  }
  if (onClick) {
    return (
      <button
        type="button"
        onClick={onClick}
        style={{ ...card, display: 'flex', flexDirection: 'column', justifyContent: 'flex-start', cursor: 'pointer', font: 'inherit', fontFamily: font }}
      >
        {body}
      </button>
    );
  }
  return <div style={card}>{body}</div>;
}
