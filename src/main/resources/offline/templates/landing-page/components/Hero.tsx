import { useEffect, useState } from 'react';
import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { monogram, openStatus, scrollToSection } from '../content';
import type { OpenStatus } from '../content';

export default function Hero() {
  const [status, setStatus] = useState<OpenStatus>(() => openStatus());
  const narrow = useViewportWidth() < 700;

  // Re-check every minute so "open now" flips at closing time without a reload.
  useEffect(() => {
    const id = window.setInterval(() => setStatus(openStatus()), 60_000);
    return () => window.clearInterval(id);
  }, []);

  const statusColor = status.open ? theme.success : theme.muted;

  return (
    <section id="top" style={{ position: 'relative', overflow: 'hidden' }}>
      <div aria-hidden="true" style={{ position: 'absolute', inset: 0, background: `radial-gradient(circle at 85% 10%, ${alpha(theme.accent, 0.18)}, transparent 45%), radial-gradient(circle at 0% 100%, ${alpha(theme.primary, 0.12)}, transparent 40%)` }} />
      <div style={{ position: 'relative', maxWidth: 1180, margin: '0 auto', padding: 'clamp(40px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: 'clamp(32px, 6vw, 72px)', alignItems: 'center' }}>
        <div>
          <span data-testid="open-status" style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 14px', borderRadius: 999, background: theme.surface, border: `1px solid ${theme.border}`, fontSize: 14, fontWeight: 600, boxShadow: theme.shadowSmall }}>
            <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: statusColor, boxShadow: status.open ? `0 0 0 4px ${alpha(statusColor, 0.2)}` : 'none' }} />
            {status.text}
          </span>
          <h1 style={{ fontFamily: theme.heading, fontSize: 'clamp(40px, 7vw, 76px)', lineHeight: 1.02, letterSpacing: '-0.02em', margin: '20px 0 0', overflowWrap: 'break-word' }}>
            {config.title}
          </h1>
          <p style={{ fontSize: 'clamp(19px, 2.4vw, 24px)', margin: '18px 0 0', fontWeight: 500, color: theme.primaryInk }}>{config.tagline}</p>
          <p style={{ fontSize: 'clamp(16px, 1.8vw, 18px)', color: theme.muted, margin: '12px 0 0', maxWidth: 560 }}>
            We are a small, independent team who care about doing things properly — and about making every visit feel easy, whether it is your first or your five-hundredth.
          </p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 28 }}>
            <button type="button" onClick={() => scrollToSection('offer')} style={{ padding: '14px 26px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontSize: 16, fontWeight: 700, cursor: 'pointer', boxShadow: theme.shadow, fontFamily: theme.body }}>
              See what we offer
            </button>
            <button type="button" onClick={() => scrollToSection('visit')} style={{ padding: '14px 26px', borderRadius: 999, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontSize: 16, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
              Opening hours
            </button>
          </div>
          <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(3, auto)', justifyContent: 'start', gap: 'clamp(18px, 4vw, 40px)', margin: '36px 0 0' }}>
            {[
              ['Walk-ins', 'always welcome'],
              ['7 days', 'a week, all year'],
              ['100%', 'locally owned'],
            ].map(([value, label]) => (
              <div key={label}>
                <dt style={{ fontFamily: theme.heading, fontSize: 'clamp(22px, 5vw, 28px)', fontWeight: 800 }}>{value}</dt>
                <dd style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{label}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div aria-hidden="true" style={{ position: 'relative', maxWidth: 480, width: '100%', justifySelf: 'center' }}>
          <div style={{ aspectRatio: narrow ? '16 / 11' : '4 / 5', borderRadius: narrow ? 24 : 32, background: theme.primaryGradient, boxShadow: theme.shadow, position: 'relative', overflow: 'hidden' }}>
            <svg viewBox="0 0 400 500" width="100%" height="100%" preserveAspectRatio="xMidYMid slice" style={{ position: 'absolute', inset: 0 }}>
              <circle cx="330" cy="80" r="140" fill={alpha(theme.onPrimary, 0.08)} />
              <circle cx="60" cy="440" r="170" fill={alpha(theme.onPrimary, 0.07)} />
              <circle cx="200" cy="250" r="118" fill="none" stroke={alpha(theme.onPrimary, 0.35)} strokeWidth="2" strokeDasharray="4 10" />
              <path d="M40 380 C 120 330, 180 420, 260 360 S 360 320, 400 350" fill="none" stroke={alpha(theme.accent, 0.9)} strokeWidth="6" strokeLinecap="round" />
            </svg>
            <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
              <span style={{ fontFamily: theme.heading, fontSize: narrow ? 'clamp(56px, 18vw, 96px)' : 'clamp(72px, 10vw, 128px)', fontWeight: 800, color: theme.onPrimary, letterSpacing: '-0.04em' }}>{monogram(config.title)}</span>
            </div>
          </div>
          <div style={{ position: 'absolute', left: 'clamp(-28px, -3vw, -8px)', bottom: narrow ? -18 : 36, background: theme.surface, color: theme.text, borderRadius: 16, padding: '12px 16px', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, maxWidth: 220 }}>
            <div style={{ fontSize: 13, color: theme.muted }}>Loved by locals</div>
            <div style={{ fontWeight: 800, fontSize: 18 }}>★★★★★ 4.9</div>
          </div>
          <div style={{ position: 'absolute', right: 'clamp(-24px, -2.5vw, -8px)', top: narrow ? -18 : 40, background: theme.surface, color: theme.text, borderRadius: 16, padding: '12px 16px', boxShadow: theme.shadow, border: `1px solid ${theme.border}` }}>
            <div style={{ fontSize: 13, color: theme.muted }}>Since</div>
            <div style={{ fontWeight: 800, fontSize: 18 }}>2012</div>
          </div>
        </div>
      </div>
    </section>
  );
}
