import { config } from '../config';
import { theme, alpha } from '../theme';
import { LOGOS, scrollToSection } from '../content';
import ProductPreview from './ProductPreview';

export default function Hero({ onStart }: { onStart: () => void }) {
  return (
    <section id="top" style={{ position: 'relative', overflow: 'hidden' }}>
      <div aria-hidden="true" style={{ position: 'absolute', inset: 0, background: `radial-gradient(ellipse at 50% -10%, ${alpha(theme.primary, theme.isDark ? 0.35 : 0.16)}, transparent 60%), radial-gradient(circle at 100% 40%, ${alpha(theme.accent, 0.12)}, transparent 40%)` }} />
      <div style={{ position: 'relative', maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 8vw, 104px) clamp(16px, 4vw, 40px) clamp(40px, 6vw, 72px)', textAlign: 'center' }}>
        <button type="button" onClick={() => scrollToSection('features')} style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 8px 6px 6px', borderRadius: 999, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 14, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body, boxShadow: theme.shadowSmall, maxWidth: '100%' }}>
          <span style={{ padding: '2px 10px', borderRadius: 999, background: theme.primary, color: theme.onPrimary, fontSize: 12, fontWeight: 800 }}>New</span>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>Automations you write in plain English</span>
          <span aria-hidden="true">→</span>
        </button>
        <h1 style={{ fontFamily: theme.heading, fontSize: 'clamp(36px, 6.4vw, 68px)', lineHeight: 1.05, letterSpacing: '-0.03em', margin: '22px auto 0', maxWidth: 900 }}>{config.tagline}</h1>
        <p style={{ fontSize: 'clamp(17px, 2vw, 20px)', color: theme.muted, margin: '20px auto 0', maxWidth: 640, lineHeight: 1.6 }}>
          {config.title} brings your projects, docs and routine hand-offs into one place, so the team spends less time chasing updates and more time doing the work.
        </p>
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 12, marginTop: 30 }}>
          <button type="button" data-testid="hero-start" onClick={onStart} style={{ padding: '15px 28px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontSize: 17, fontWeight: 800, cursor: 'pointer', fontFamily: theme.body, boxShadow: `0 10px 30px ${alpha(theme.primary, 0.35)}` }}>
            Start free
          </button>
          <button type="button" onClick={() => scrollToSection('pricing')} style={{ padding: '15px 28px', borderRadius: 12, border: `1.5px solid ${theme.borderStrong}`, background: theme.surface, color: theme.text, fontSize: 17, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
            See pricing
          </button>
        </div>
        <p style={{ margin: '14px 0 0', fontSize: 14, color: theme.muted }}>Free for up to 3 people · No credit card · Set up in 2 minutes</p>
        <div style={{ marginTop: 'clamp(36px, 6vw, 64px)' }}>
          <ProductPreview />
        </div>
        <div style={{ marginTop: 'clamp(32px, 5vw, 56px)' }}>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 700, color: theme.muted, textTransform: 'uppercase', letterSpacing: '0.1em' }}>Trusted by fast-moving teams at</p>
          <ul style={{ listStyle: 'none', padding: 0, margin: '16px 0 0', display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '12px clamp(20px, 4vw, 48px)' }}>
            {LOGOS.map((l, i) => (
              <li key={l} style={{ fontFamily: i % 2 ? theme.heading : theme.body, fontWeight: 800, fontSize: 'clamp(17px, 2vw, 21px)', color: alpha(theme.text, 0.5), letterSpacing: i % 3 === 0 ? '0.06em' : '-0.01em', fontStyle: i === 4 ? 'italic' : 'normal' }}>
                {l}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
