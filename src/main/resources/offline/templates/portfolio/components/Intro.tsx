import { config } from '../config';
import { theme, alpha } from '../theme';
import { firstName, initials, scrollToSection } from '../content';

function availableFrom(): string {
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return new Intl.DateTimeFormat(undefined, { month: 'long' }).format(next);
}

export default function Intro() {
  return (
    <section id="top" style={{ maxWidth: 1120, margin: '0 auto', padding: 'clamp(40px, 8vw, 104px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))', gap: 'clamp(36px, 6vw, 72px)', alignItems: 'center' }}>
      <div>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 14px', borderRadius: 999, background: alpha(theme.success, 0.12), color: theme.success, fontWeight: 600, fontSize: 14 }}>
          <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: theme.success }} />
          Available for new projects from {availableFrom()}
        </span>
        <p style={{ margin: '24px 0 0', fontSize: 'clamp(18px, 2.2vw, 22px)', color: theme.muted }}>Hi, I’m {firstName()} 👋</p>
        <h1 style={{ fontFamily: theme.heading, fontSize: 'clamp(40px, 7vw, 72px)', lineHeight: 1.04, letterSpacing: '-0.02em', margin: '6px 0 0', overflowWrap: 'break-word' }}>{config.title}</h1>
        <p style={{ margin: '14px 0 0', fontSize: 'clamp(20px, 2.6vw, 26px)', fontWeight: 600, color: theme.primaryInk }}>{config.tagline}</p>
        <p style={{ margin: '14px 0 0', fontSize: 'clamp(16px, 1.8vw, 18px)', color: theme.muted, maxWidth: 540 }}>
          I help teams turn complicated problems into calm, useful products — from the first research session to the last line of production code.
        </p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 28 }}>
          <button type="button" onClick={() => scrollToSection('work')} style={{ padding: '14px 26px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, fontSize: 16, cursor: 'pointer', boxShadow: theme.shadow, fontFamily: theme.body }}>
            See my work
          </button>
          <button type="button" onClick={() => scrollToSection('contact')} style={{ padding: '14px 26px', borderRadius: 999, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
            Get in touch
          </button>
        </div>
      </div>
      <div aria-hidden="true" style={{ position: 'relative', width: 'min(100%, 400px)', justifySelf: 'center' }}>
        <div style={{ aspectRatio: '1 / 1', borderRadius: '50%', background: theme.primaryGradient, display: 'grid', placeItems: 'center', boxShadow: theme.shadow, position: 'relative', overflow: 'hidden' }}>
          <svg viewBox="0 0 200 200" width="100%" height="100%" style={{ position: 'absolute', inset: 0 }}>
            <circle cx="100" cy="100" r="78" fill="none" stroke={alpha(theme.onPrimary, 0.25)} strokeWidth="1" />
            <circle cx="100" cy="100" r="58" fill="none" stroke={alpha(theme.onPrimary, 0.18)} strokeWidth="1" strokeDasharray="3 5" />
            <circle cx="160" cy="46" r="26" fill={alpha(theme.accent, 0.55)} />
          </svg>
          <span style={{ position: 'relative', fontFamily: theme.heading, fontSize: 'clamp(64px, 16vw, 120px)', fontWeight: 800, color: theme.onPrimary, letterSpacing: '-0.04em' }}>{initials()}</span>
        </div>
        {[
          { text: '10 years in product', style: { left: '-2%', top: '8%' } },
          { text: '40+ projects shipped', style: { right: '-2%', bottom: '16%' } },
          { text: 'Design × code', style: { left: '0%', bottom: '0%' } },
        ].map((chip) => (
          <span key={chip.text} style={{ position: 'absolute', ...chip.style, background: theme.surface, color: theme.text, border: `1px solid ${theme.border}`, borderRadius: 999, padding: '8px 14px', fontSize: 14, fontWeight: 700, boxShadow: theme.shadow, whiteSpace: 'nowrap' }}>
            {chip.text}
          </span>
        ))}
      </div>
    </section>
  );
}
