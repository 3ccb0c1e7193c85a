import type { CSSProperties, MouseEvent } from 'react';

export type FooterLink = { label: string; href: string };
export type FooterColumn = { title: string; links: FooterLink[] };

type Props = {
  brand?: string;
  /** Short line under the brand. Empty for none. */
  tagline?: string;
  /** Groups of links, each with a heading. */
  columns?: FooterColumn[];
  /** Text of the bottom row; defaults to "© <year> <brand>. All rights reserved." */
  copyright?: string;
  /** Small links in the bottom row (privacy, terms). */
  legalLinks?: FooterLink[];
  /** Called with the href instead of following the link, for in-app navigation. */
  onNavigate?: (href: string) => void;
  background?: string;
  text?: string;
  muted?: string;
  accent?: string;
  border?: string;
  font?: string;
  maxWidth?: number;
};

const DEFAULT_COLUMNS: FooterColumn[] = [
  {
    title: 'Product',
    links: [
      { label: 'Features', href: '#features' },
      { label: 'Pricing', href: '#pricing' },
      { label: 'Integrations', href: '#integrations' },
      { label: 'Changelog', href: '#changelog' },
    ],
  },
  {
    title: 'Company',
    links: [
      { label: 'About', href: '#about' },
      { label: 'Careers', href: '#careers' },
      { label: 'Press', href: '#press' },
      { label: 'Contact', href: '#contact' },
    ],
  },
  {
    title: 'Resources',
    links: [
      { label: 'Help centre', href: '#help' },
      { label: 'Guides', href: '#guides' },
      { label: 'Status', href: '#status' },
    ],
  },
];

const DEFAULT_LEGAL: FooterLink[] = [
  { label: 'Privacy', href: '#privacy' },
  { label: 'Terms', href: '#terms' },
];

export default function Footer(props: Props) {
  // With neither brand nor columns given, the footer shows an example; otherwise nothing is made up.
  const demo = props.brand === undefined && props.columns === undefined;
  const {
    brand = demo ? 'Northwind' : '',
    tagline = demo ? 'Tools that help small teams do their best work.' : '',
    columns = demo ? DEFAULT_COLUMNS : [],
    copyright,
    legalLinks = demo ? DEFAULT_LEGAL : [],
    onNavigate,
    background = '#f8fafc',
    text = '#0f172a',
    muted = '#475569',
    accent = '#4f46e5',
    border = '#e2e8f0',
    font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    maxWidth = 1180,
  } = props;

  const year = new Date().getFullYear();
  const follow = (href: string) =>
    onNavigate
      ? (e: MouseEvent<HTMLAnchorElement>) => {
          e.preventDefault();
          onNavigate(href);
        }
      : undefined;

  const link: CSSProperties = { color: muted, textDecoration: 'none', fontSize: 15, lineHeight: 1.4, display: 'inline-block', padding: '4px 0' };

  return (
    <footer style={{ background, color: text, fontFamily: font, borderTop: `1px solid ${border}` }}>
      <div style={{ maxWidth, margin: '0 auto', padding: 'clamp(40px, 7vw, 72px) clamp(16px, 5vw, 40px) 28px', boxSizing: 'border-box' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(32px, 6vw, 72px)' }}>
          {(brand || tagline) && (
            <div style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 360 }}>
              <p style={{ margin: 0, fontWeight: 800, fontSize: 20, color: text }}>
                <span
                  aria-hidden="true"
                  style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 3, background: accent, marginRight: 10, verticalAlign: 'middle' }}
                />
                {brand}
              </p>
              {tagline && <p style={{ margin: '12px 0 0', color: muted, fontSize: 15, lineHeight: 1.6 }}>{tagline}</p>}
            </div>
          )}
          {columns.length > 0 && (
            <div
              style={{
                flex: '3 1 420px',
                minWidth: 0,
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))',
                gap: '28px 24px',
              }}
            >
              {columns.map((col) => (
                <nav key={col.title} aria-label={col.title}>
                  <h2 style={{ margin: '0 0 10px', fontSize: 13, fontWeight: 700, letterSpacing: '0.06em', textTransform: 'uppercase', color: text }}>
                    {col.title}
                  </h2>
                  <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {col.links.map((l) => (
                      <li key={l.href + l.label}>
                        <a href={l.href} onClick={follow(l.href)} style={link}>
                          {l.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              ))}
            </div>
          )}
        </div>
        <div
          style={{
            marginTop: 'clamp(32px, 6vw, 56px)',
            paddingTop: 20,
            borderTop: `1px solid ${border}`,
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: '8px 24px',
          }}
        >
          <p style={{ margin: 0, fontSize: 14, color: muted }}>{copyright ?? (brand ? `© ${year} ${brand}. All rights reserved.` : `© ${year}`)}</p>
          {legalLinks.length > 0 && (
            <ul aria-label="Legal" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 20px' }}>
              {legalLinks.map((l) => (
                <li key={l.href + l.label}>
                  <a href={l.href} onClick={follow(l.href)} style={{ ...link, fontSize: 14 }}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </footer>
  );
}
