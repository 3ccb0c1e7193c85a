import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, MouseEvent } from 'react';

export type NavLink = { label: string; href: string };
export type NavAction = { label: string; href?: string; onClick?: () => void };

type Props = {
  /** Name shown at the left; also the home link's label. Without brand and links the bar shows an example. */
  brand?: string;
  /** A short mark before the brand: an emoji or one or two letters (default: the brand's first letter). Empty for none. */
  logo?: string;
  /** Where the brand links to. */
  brandHref?: string;
  links?: NavLink[];
  /** href of the current page or section; that link is marked with aria-current. */
  activeHref?: string;
  /** Call-to-action button at the right; null for none. */
  cta?: NavAction | null;
  /** Called with the href instead of following the link, for in-app navigation. */
  onNavigate?: (href: string) => void;
  /** Stay at the top of the viewport while the page scrolls. */
  sticky?: boolean;
  /** Width in px below which the links fold into a menu button. */
  collapseBelow?: number;
  /** Content width; the bar itself is always full width. */
  maxWidth?: number;
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  accentText?: string;
  border?: string;
  font?: string;
};

const DEFAULT_LINKS: NavLink[] = [
  { label: 'Features', href: '#features' },
  { label: 'Pricing', href: '#pricing' },
  { label: 'Customers', href: '#customers' },
  { label: 'Blog', href: '#blog' },
];

export default function Navbar(props: Props) {
  // With neither brand nor links given, the bar shows an example; otherwise nothing is made up.
  const demo = props.brand === undefined && props.links === undefined;
  const {
    brand = demo ? 'Northwind' : '',
    logo = brand.slice(0, 1).toUpperCase(),
    brandHref = '#',
    links = demo ? DEFAULT_LINKS : [],
    activeHref,
    cta = demo ? { label: 'Get started', href: '#signup' } : null,
    onNavigate,
    sticky = true,
    collapseBelow = 768,
    maxWidth = 1180,
    background = '#ffffff',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    accentText = '#ffffff',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  } = props;

  const barRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const [width, setWidth] = useState<number>(() => (typeof window === 'undefined' ? 1024 : window.innerWidth));
  const [open, setOpen] = useState(false);
  const compact = width < collapseBelow;

  useLayoutEffect(() => {
    const el = barRef.current;
    if (!el) return;
    const measure = () => setWidth(el.getBoundingClientRect().width);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (!compact) setOpen(false);
  }, [compact]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const follow = (href: string | undefined, action?: () => void) => (e: MouseEvent<HTMLElement>) => {
    setOpen(false);
    if (action) {
      e.preventDefault();
      action();
    } else if (onNavigate && href) {
      e.preventDefault();
      onNavigate(href);
    }
  };

  const linkStyle = (active: boolean, stacked: boolean): CSSProperties => ({
    display: 'block',
    color: active ? text : muted,
    fontWeight: active ? 700 : 500,
    fontSize: stacked ? 17 : 15,
    textDecoration: 'none',
    padding: stacked ? '12px 10px' : '8px 4px',
    borderBottom: stacked ? `1px solid ${border}` : `2px solid ${active ? accent : 'transparent'}`,
    borderLeft: stacked ? `3px solid ${active ? accent : 'transparent'}` : undefined,
    whiteSpace: 'nowrap',
  });

  const ctaStyle: CSSProperties = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '10px 18px',
    borderRadius: 10,
    border: 'none',
    background: accent,
    color: accentText,
    fontWeight: 700,
    fontSize: 15,
    fontFamily: font,
    textDecoration: 'none',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    boxSizing: 'border-box',
  };

  const renderCta = (stacked: boolean) => {
    if (!cta) return null;
    const style = stacked ? { ...ctaStyle, width: '100%', marginTop: 12, padding: '12px 18px' } : ctaStyle;
    return cta.href ? (
      <a href={cta.href} onClick={follow(cta.href, cta.onClick)} style={style}>
        {cta.label}
      </a>
    ) : (
      <button type="button" onClick={follow(undefined, cta.onClick)} style={style}>
        {cta.label}
      </button>
    );
  };

  return (
    <header
      ref={barRef}
      style={{
        position: sticky ? 'sticky' : 'relative',
        top: 0,
        zIndex: 40,
        background,
        color: text,
        borderBottom: `1px solid ${border}`,
        fontFamily: font,
      }}
    >
      <div
        style={{
          maxWidth,
          margin: '0 auto',
          padding: '10px clamp(16px, 4vw, 32px)',
          minHeight: 64,
          boxSizing: 'border-box',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 16,
        }}
      >
        {(brand || logo) && (
          <a
            href={brandHref}
            onClick={follow(brandHref)}
            aria-label={brand ? undefined : 'Home'}
            style={{ display: 'flex', alignItems: 'center', gap: 10, color: text, textDecoration: 'none', minWidth: 0 }}
          >
            {logo && (
              <span
                aria-hidden="true"
                style={{
                  width: 36,
                  height: 36,
                  flexShrink: 0,
                  borderRadius: 10,
                  background: accent,
                  color: accentText,
                  display: 'grid',
                  placeItems: 'center',
                  fontWeight: 800,
                  fontSize: 17,
                }}
              >
                {logo}
              </span>
            )}
            <span style={{ fontWeight: 800, fontSize: 19, letterSpacing: -0.2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {brand}
            </span>
          </a>
        )}

        {compact ? (
          <button
            ref={toggleRef}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
            aria-label={open ? 'Close menu' : 'Open menu'}
            onClick={() => setOpen((o) => !o)}
            style={{
              width: 44,
              height: 44,
              flexShrink: 0,
              display: 'grid',
              placeItems: 'center',
              borderRadius: 10,
              border: `1px solid ${border}`,
              background: 'transparent',
              color: text,
              cursor: 'pointer',
              padding: 0,
            }}
          >
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              {open ? (
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              ) : (
                <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              )}
            </svg>
          </button>
        ) : (
          <nav aria-label="Main" style={{ display: 'flex', alignItems: 'center', gap: 'clamp(12px, 2.5vw, 28px)' }}>
            <ul style={{ display: 'flex', gap: 'clamp(10px, 2vw, 24px)', listStyle: 'none', margin: 0, padding: 0 }}>
              {links.map((l) => {
                const active = l.href === activeHref;
                return (
                  <li key={l.href + l.label}>
                    <a href={l.href} aria-current={active ? 'page' : undefined} onClick={follow(l.href)} style={linkStyle(active, false)}>
                      {l.label}
                    </a>
                  </li>
                );
              })}
            </ul>
            {renderCta(false)}
          </nav>
        )}
      </div>

      {compact && open && (
        <nav
          id={menuId}
          aria-label="Main"
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: '100%',
            background,
            borderBottom: `1px solid ${border}`,
            boxShadow: '0 12px 24px rgba(15, 23, 42, 0.12)',
            padding: '4px clamp(16px, 4vw, 32px) 16px',
          }}
        >
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {links.map((l) => {
              const active = l.href === activeHref;
              return (
                <li key={l.href + l.label}>
                  <a href={l.href} aria-current={active ? 'page' : undefined} onClick={follow(l.href)} style={linkStyle(active, true)}>
                    {l.label}
                  </a>
                </li>
              );
            })}
          </ul>
          {renderCta(true)}
        </nav>
      )}
    </header>
  );
}
