import type { CSSProperties, MouseEvent, ReactNode } from 'react';

export type HeroAction = { label: string; href?: string; onClick?: () => void };
export type HeroStat = { value: string; label: string };

type Props = {
  /** Small line above the headline, e.g. an announcement. Empty for none. */
  eyebrow?: string;
  /** The h1. Without a headline the whole section shows an example. */
  headline?: string;
  subline?: string;
  primaryCta?: HeroAction | null;
  secondaryCta?: HeroAction | null;
  /** Figures shown under the buttons, e.g. { value: '12k', label: 'teams' }. Empty for none. */
  stats?: HeroStat[];
  /** Text alignment; with an aside the text is always left-aligned. */
  align?: 'center' | 'left';
  /** Optional content shown beside the text on wide screens and below it on narrow ones (a mock-up, a form, a card). */
  aside?: ReactNode;
  /** Any CSS background, colour or gradient. */
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
  headingFont?: string;
  maxWidth?: number;
};

const DEFAULT_STATS: HeroStat[] = [
  { value: '12,000+', label: 'teams shipping weekly' },
  { value: '99.98%', label: 'uptime last year' },
  { value: '4.9 / 5', label: 'average review' },
];

export default function Hero(props: Props) {
  // Without a headline the section shows an example; otherwise optional parts stay empty unless given.
  const demo = props.headline === undefined;
  const {
    eyebrow = demo ? 'New — real-time collaboration is here' : '',
    headline = 'Plan, build and ship your next idea in days, not months',
    subline = demo ? 'One workspace for your roadmap, your tasks and your releases, so the whole team always knows what is next.' : '',
    primaryCta = demo ? { label: 'Start free trial', href: '#signup' } : null,
    secondaryCta = demo ? { label: 'Book a demo', href: '#demo' } : null,
    stats = demo ? DEFAULT_STATS : [],
    align = 'center',
    aside,
    background = 'linear-gradient(180deg, #eef2ff 0%, #ffffff 100%)',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    accentText = '#ffffff',
    border = '#cbd5e1',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    headingFont,
    maxWidth = 1180,
  } = props;

  const centered = align === 'center' && !aside;
  const heading = headingFont ?? font;

  const button = (action: HeroAction, primary: boolean) => {
    const style: CSSProperties = {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      minHeight: 48,
      padding: '12px 24px',
      boxSizing: 'border-box',
      borderRadius: 12,
      fontFamily: font,
      fontSize: 16,
      fontWeight: 700,
      textDecoration: 'none',
      cursor: 'pointer',
      border: primary ? `1px solid ${accent}` : `1px solid ${border}`,
      background: primary ? accent : 'transparent',
      color: primary ? accentText : text,
      boxShadow: primary ? '0 8px 20px -8px rgba(15, 23, 42, 0.45)' : 'none',
    };
    const onClick = action.onClick
      ? (e: MouseEvent<HTMLElement>) => {
          e.preventDefault();
          action.onClick?.();
        }
      : undefined;
    return action.href ? (
      <a href={action.href} onClick={onClick} style={style}>
        {action.label}
      </a>
    ) : (
      <button type="button" onClick={onClick} style={style}>
        {action.label}
      </button>
    );
  };

  const copy = (
    <div style={{ flex: '1 1 420px', minWidth: 0, maxWidth: centered ? 820 : aside ? undefined : 760, margin: centered ? '0 auto' : undefined }}>
      {eyebrow && (
        <p
          style={{
            display: 'inline-block',
            margin: '0 0 20px',
            padding: '6px 14px',
            borderRadius: 999,
            background: `color-mix(in srgb, ${accent} 12%, transparent)`,
            color: text,
            fontSize: 14,
            fontWeight: 600,
          }}
        >
          {eyebrow}
        </p>
      )}
      <h1
        style={{
          margin: 0,
          fontFamily: heading,
          fontSize: 'clamp(2rem, 5.2vw, 3.75rem)',
          lineHeight: 1.08,
          letterSpacing: '-0.02em',
          fontWeight: 800,
          color: text,
          overflowWrap: 'break-word',
        }}
      >
        {headline}
      </h1>
      {subline && (
        <p
          style={{
            margin: '20px 0 0',
            fontSize: 'clamp(1.05rem, 2vw, 1.25rem)',
            lineHeight: 1.6,
            color: muted,
            maxWidth: 680,
            marginInline: centered ? 'auto' : undefined,
          }}
        >
          {subline}
        </p>
      )}
      {(primaryCta || secondaryCta) && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 32, justifyContent: centered ? 'center' : 'flex-start' }}>
          {primaryCta && button(primaryCta, true)}
          {secondaryCta && button(secondaryCta, false)}
        </div>
      )}
      {stats.length > 0 && (
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))',
            gap: '20px clamp(12px, 3vw, 32px)',
            margin: '48px 0 0',
            paddingTop: 28,
            borderTop: `1px solid ${border}`,
            maxWidth: centered ? 720 : undefined,
            marginInline: centered ? 'auto' : undefined,
          }}
        >
          {stats.map((s) => (
            <div key={s.label} style={{ display: 'flex', flexDirection: 'column-reverse', justifyContent: 'flex-end', gap: 4 }}>
              <dt style={{ fontSize: 14, color: muted }}>{s.label}</dt>
              <dd style={{ margin: 0, fontFamily: heading, fontSize: 'clamp(1.5rem, 3vw, 2rem)', fontWeight: 800, color: text }}>{s.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );

  return (
    <section
      aria-label={headline}
      style={{ background, color: text, fontFamily: font, padding: 'clamp(56px, 10vw, 120px) clamp(16px, 5vw, 40px)', textAlign: centered ? 'center' : 'left' }}
    >
      <div style={{ maxWidth, margin: '0 auto', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'clamp(32px, 5vw, 64px)' }}>
        {copy}
        {aside && <div style={{ flex: '1 1 340px', minWidth: 0 }}>{aside}</div>}
      </div>
    </section>
  );
}
