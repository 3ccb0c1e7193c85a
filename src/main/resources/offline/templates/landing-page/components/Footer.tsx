import { useState } from 'react';
import type { FormEvent } from 'react';
import { config } from '../config';
import { theme, alpha, mix } from '../theme';
import { CONTACT, NAV_LINKS, scrollToSection } from '../content';

export default function Footer() {
  const [email, setEmail] = useState<string>('');
  const [state, setState] = useState<'idle' | 'error' | 'done'>('idle');

  const subscribe = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim())) {
      setState('error');
      return;
    }
    setState('done');
    setEmail('');
  };

  // A dark footer in both modes: the text colour inverted on light palettes, a deeper shade on dark ones.
  const footerBg = theme.isDark ? mix(theme.background, '#000000', 0.6) : theme.text;
  const ink = theme.isDark ? theme.text : theme.background;
  const soft = alpha(ink, 0.7);

  return (
    <footer style={{ background: footerBg, color: ink, borderTop: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(40px, 6vw, 72px) clamp(16px, 4vw, 40px) 28px', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))', gap: 'clamp(28px, 4vw, 48px)' }}>
        <div>
          <div style={{ fontFamily: theme.heading, fontSize: 24, fontWeight: 800, lineHeight: 1.25 }}>{config.title}</div>
          <p style={{ color: soft, margin: '8px 0 0' }}>{config.tagline}</p>
          <p style={{ color: soft, margin: '16px 0 0', fontSize: 15 }}>
            {CONTACT.street}
            <br />
            {CONTACT.city}
          </p>
        </div>
        <nav aria-label="Footer">
          <div style={{ fontWeight: 700, marginBottom: 10 }}>Explore</div>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
            {NAV_LINKS.map((l) => (
              <li key={l.id}>
                <a
                  href={`#${l.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    scrollToSection(l.id);
                  }}
                  style={{ color: soft, textDecoration: 'none' }}
                >
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <div style={{ fontWeight: 700, marginBottom: 6 }}>News, now and then</div>
          <p style={{ color: soft, margin: '0 0 12px', fontSize: 15 }}>One short email a month about specials and events. No spam.</p>
          {state === 'done' ? (
            <p role="status" data-testid="newsletter-done" style={{ margin: 0, fontWeight: 700 }}>🎉 You are on the list. See you soon!</p>
          ) : (
            <form noValidate onSubmit={subscribe} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              <label htmlFor="newsletter" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Email address</label>
              <input
                id="newsletter"
                data-testid="newsletter-email"
                type="email"
                placeholder="you@example.com"
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  if (state === 'error') setState('idle');
                }}
                aria-invalid={state === 'error'}
                aria-describedby={state === 'error' ? 'newsletter-error' : undefined}
                style={{ flex: '1 1 180px', minWidth: 0, padding: '12px 14px', borderRadius: 12, border: `2px solid ${state === 'error' ? theme.danger : alpha(ink, 0.25)}`, background: alpha(ink, 0.08), color: ink, fontSize: 15, fontFamily: theme.body }}
              />
              <button type="submit" style={{ padding: '12px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
                Subscribe
              </button>
              {state === 'error' && (
                <p id="newsletter-error" role="alert" style={{ flexBasis: '100%', margin: 0, fontSize: 14, color: ink, fontWeight: 600 }}>
                  ⚠️ That email address doesn’t look right.
                </p>
              )}
            </form>
          )}
        </div>
      </div>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: '18px clamp(16px, 4vw, 40px) 28px', borderTop: `1px solid ${alpha(ink, 0.15)}`, display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 10, fontSize: 14, color: soft }}>
        <span>© {new Date().getFullYear()} {config.title}. All rights reserved.</span>
        <span>Made with care in the Old Town.</span>
      </div>
    </footer>
  );
}
