import { useEffect, useId, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';

export type Testimonial = {
  quote: string;
  name: string;
  /** Job title, company or place, shown under the name. */
  role?: string;
  /** Star rating from 1 to 5; omit for none. */
  rating?: number;
};

type Props = {
  testimonials?: Testimonial[];
  /** Heading above the carousel; '' for none. */
  heading?: string;
  /** Advance every this many ms; 0 to turn off. Pauses on hover and focus, and when the user prefers reduced motion. */
  autoPlay?: number;
  /** Index shown first. */
  startIndex?: number;
  background?: string;
  surface?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
  quoteFont?: string;
  maxWidth?: number;
};

const DEFAULT_TESTIMONIALS: Testimonial[] = [
  {
    quote: 'We moved our whole roadmap over in an afternoon. Planning meetings went from an hour to fifteen minutes.',
    name: 'Amara Okafor',
    role: 'Head of Product, Lumen',
    rating: 5,
  },
  {
    quote: 'The first tool our engineers and designers both actually like. Releases are calmer and nobody asks where things are.',
    name: 'Jonas Becker',
    role: 'CTO, Fieldnote',
    rating: 5,
  },
  {
    quote: 'Support answered in eight minutes on a Sunday. That alone sold the rest of the team.',
    name: 'Priya Raman',
    role: 'Operations Lead, Kettle & Co',
    rating: 4,
  },
];

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

export default function TestimonialCarousel(props: Props) {
  const {
    testimonials = DEFAULT_TESTIMONIALS,
    heading = props.testimonials === undefined ? 'Loved by teams everywhere' : '',
    autoPlay = 0,
    startIndex = 0,
    background = '#f8fafc',
    surface = '#ffffff',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    accentText = '#ffffff',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    quoteFont,
    maxWidth = 820,
  } = props;

  const count = testimonials.length;
  const [index, setIndex] = useState(() => Math.min(Math.max(0, startIndex), Math.max(0, count - 1)));
  const [paused, setPaused] = useState(false);
  const slideRefs = useRef<(HTMLDivElement | null)[]>([]);
  const shown = useRef(index);
  const slideId = useId();
  const current = Math.min(index, count - 1);

  const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const go = (next: number) => {
    if (count) setIndex(((next % count) + count) % count);
  };

  useEffect(() => {
    if (!autoPlay || paused || count < 2 || reducedMotion()) return;
    const t = window.setInterval(() => setIndex((i) => (i + 1) % count), autoPlay);
    return () => window.clearInterval(t);
  }, [autoPlay, paused, count]);

  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    if (reducedMotion()) return;
    slideRefs.current[index]?.animate?.(
      [
        { opacity: 0, transform: 'translateY(6px)' },
        { opacity: 1, transform: 'none' },
      ],
      { duration: 280, easing: 'ease-out' },
    );
  }, [index]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowRight') go(current + 1);
    else if (e.key === 'ArrowLeft') go(current - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(count - 1);
    else return;
    e.preventDefault();
  };

  const arrow: CSSProperties = {
    width: 44,
    height: 44,
    flexShrink: 0,
    borderRadius: 999,
    border: `1px solid ${border}`,
    background: surface,
    color: text,
    display: 'grid',
    placeItems: 'center',
    cursor: 'pointer',
    padding: 0,
  };

  if (!count) return null;

  return (
    <section
      aria-roledescription="carousel"
      aria-label={heading || 'Testimonials'}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPaused(false);
      }}
      style={{ background, color: text, fontFamily: font, padding: 'clamp(40px, 8vw, 88px) clamp(16px, 4vw, 40px)' }}
    >
      <div style={{ maxWidth, margin: '0 auto' }}>
        {heading && (
          <h2
            style={{
              margin: '0 0 32px',
              textAlign: 'center',
              fontSize: 'clamp(1.6rem, 4vw, 2.25rem)',
              lineHeight: 1.2,
              letterSpacing: '-0.02em',
              fontWeight: 800,
            }}
          >
            {heading}
          </h2>
        )}
        <div id={slideId} aria-live={autoPlay && !paused ? 'off' : 'polite'} style={{ display: 'grid' }}>
          {testimonials.map((t, i) => {
            const active = i === current;
            const rating = t.rating ? Math.max(0, Math.min(5, Math.round(t.rating))) : 0;
            return (
              <div
                key={t.name + i}
                ref={(el) => {
                  slideRefs.current[i] = el;
                }}
                role="group"
                aria-roledescription="slide"
                aria-label={`${i + 1} of ${count}`}
                aria-hidden={!active}
                style={{
                  gridArea: '1 / 1',
                  visibility: active ? 'visible' : 'hidden',
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'center',
                  background: surface,
                  border: `1px solid ${border}`,
                  borderRadius: 20,
                  padding: 'clamp(24px, 5vw, 48px)',
                  boxShadow: '0 20px 40px -28px rgba(15, 23, 42, 0.35)',
                  textAlign: 'center',
                }}
              >
                {rating > 0 && (
                  <p role="img" aria-label={`Rated ${rating} out of 5`} style={{ margin: '0 0 16px', fontSize: 20, letterSpacing: 4, color: accent }}>
                    {'★'.repeat(rating)}
                    <span style={{ color: border }}>{'★'.repeat(5 - rating)}</span>
                  </p>
                )}
                <blockquote style={{ margin: 0 }}>
                  <p style={{ margin: 0, fontFamily: quoteFont ?? font, fontSize: 'clamp(1.15rem, 2.6vw, 1.5rem)', lineHeight: 1.55, fontWeight: 500 }}>
                    “{t.quote}”
                  </p>
                </blockquote>
                <div style={{ marginTop: 28, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 14, textAlign: 'left' }}>
                  <span
                    aria-hidden="true"
                    style={{
                      width: 48,
                      height: 48,
                      flexShrink: 0,
                      borderRadius: 999,
                      background: accent,
                      color: accentText,
                      display: 'grid',
                      placeItems: 'center',
                      fontWeight: 800,
                      fontSize: 17,
                    }}
                  >
                    {initials(t.name)}
                  </span>
                  <span style={{ minWidth: 0 }}>
                    <span style={{ display: 'block', fontWeight: 700, fontSize: 16 }}>{t.name}</span>
                    {t.role && <span style={{ display: 'block', color: muted, fontSize: 14, marginTop: 2 }}>{t.role}</span>}
                  </span>
                </div>
              </div>
            );
          })}
        </div>

        {count > 1 && (
          <div style={{ marginTop: 24, display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 16 }}>
            <button type="button" aria-controls={slideId} aria-label="Previous testimonial" onClick={() => go(current - 1)} style={arrow}>
              <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M12.5 4.5L7 10l5.5 5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
            <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 2 }}>
              {testimonials.map((t, i) => (
                <button
                  key={t.name + i}
                  type="button"
                  aria-controls={slideId}
                  aria-label={`Show testimonial ${i + 1} of ${count}, from ${t.name}`}
                  aria-current={i === current ? 'true' : undefined}
                  onClick={() => go(i)}
                  style={{
                    width: 28,
                    height: 28,
                    padding: 0,
                    border: 'none',
                    background: 'transparent',
                    cursor: 'pointer',
                    display: 'grid',
                    placeItems: 'center',
                  }}
                >
                  <span
                    aria-hidden="true"
                    style={{
                      width: i === current ? 22 : 9,
                      height: 9,
                      borderRadius: 999,
                      background: i === current ? accent : muted,
                      opacity: i === current ? 1 : 0.45,
                      transition: 'width 200ms ease, opacity 200ms ease',
                    }}
                  />
                </button>
              ))}
            </div>
            <button type="button" aria-controls={slideId} aria-label="Next testimonial" onClick={() => go(current + 1)} style={arrow}>
              <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M7.5 4.5L13 10l-5.5 5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
