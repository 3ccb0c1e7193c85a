import { useEffect, useState } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';
import { MENU, formatPrice, openStatus, scrollToSection } from '../content';

/** A plate seen from above, drawn in the palette: no photos needed. */
function Plate() {
  const ink = theme.onPrimary;
  return (
    <svg viewBox="0 0 400 400" width="100%" height="100%" aria-hidden="true" style={{ display: 'block' }}>
      <circle cx={200} cy={200} r={170} fill={alpha(ink, 0.1)} />
      <circle cx={200} cy={200} r={150} fill={theme.surface} />
      <circle cx={200} cy={200} r={112} fill="none" stroke={alpha(theme.primary, 0.18)} strokeWidth={2} />
      <path d="M150 215 C 160 170, 240 160, 255 205 C 265 240, 175 262, 150 215 Z" fill={alpha(theme.accent, 0.85)} />
      <circle cx={182} cy={196} r={16} fill={theme.primary} opacity={0.85} />
      <circle cx={224} cy={214} r={12} fill={theme.primary} opacity={0.7} />
      <path d="M205 160 q 14 -22 34 -16 q -8 20 -34 16 Z" fill={alpha(theme.success, 0.9)} />
      <path d="M160 238 q -16 14 -8 30 q 14 -10 8 -30 Z" fill={alpha(theme.success, 0.8)} />
      <circle cx={240} cy={180} r={3} fill={theme.text} opacity={0.5} />
      <circle cx={170} cy={225} r={3} fill={theme.text} opacity={0.5} />
      <circle cx={214} cy={238} r={2.5} fill={theme.text} opacity={0.5} />
      <rect x={372} y={80} width={12} height={240} rx={6} fill={alpha(ink, 0.75)} />
      <rect x={16} y={80} width={12} height={150} rx={6} fill={alpha(ink, 0.75)} />
      <path d="M10 80 v 60 M22 80 v 60 M34 80 v 60" stroke={alpha(ink, 0.75)} strokeWidth={5} strokeLinecap="round" transform="translate(-6 0)" />
    </svg>
  );
}

export default function Hero() {
  const [status, setStatus] = useState(() => openStatus());
  useEffect(() => {
    const id = window.setInterval(() => setStatus(openStatus()), 60_000);
    return () => window.clearInterval(id);
  }, []);
  const signatures = MENU.flatMap((s) => s.dishes.filter((d) => d.signature));
  const ink = theme.onPrimary;

  return (
    <section id="top" style={{ background: theme.primaryGradient, color: ink, position: 'relative', overflow: 'hidden' }}>
      <div aria-hidden="true" style={{ position: 'absolute', inset: 0, background: `radial-gradient(circle at 90% 0%, ${alpha(theme.accent, 0.35)}, transparent 45%)` }} />
      <div style={{ position: 'relative', maxWidth: 1180, margin: '0 auto', padding: 'clamp(40px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))', gap: 'clamp(32px, 6vw, 64px)', alignItems: 'center' }}>
        <div>
          <span data-testid="open-status" style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 14px', borderRadius: 999, background: alpha(ink, 0.14), border: `1px solid ${alpha(ink, 0.3)}`, fontSize: 14, fontWeight: 600 }}>
            <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: status.open ? theme.success : alpha(ink, 0.6), boxShadow: status.open ? `0 0 0 4px ${alpha(theme.success, 0.3)}` : 'none' }} />
            {status.text}
          </span>
          <h1 style={{ fontFamily: theme.heading, fontSize: 'clamp(40px, 7vw, 76px)', lineHeight: 1.02, letterSpacing: '-0.02em', margin: '20px 0 0', overflowWrap: 'break-word' }}>{config.title}</h1>
          <p style={{ fontSize: 'clamp(19px, 2.4vw, 24px)', margin: '16px 0 0', fontWeight: 500 }}>{config.tagline}</p>
          <p style={{ fontSize: 'clamp(16px, 1.8vw, 18px)', color: alpha(ink, 0.85), margin: '12px 0 0', maxWidth: 540, lineHeight: 1.6 }}>
            A neighbourhood restaurant cooking with what the season brings: vegetables from farms an hour away, fish landed this morning, bread baked before we open.
          </p>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 28 }}>
            <button type="button" data-testid="hero-book" onClick={() => scrollToSection('book')} style={{ padding: '14px 26px', borderRadius: 999, border: 'none', background: ink, color: theme.primary, fontSize: 16, fontWeight: 800, cursor: 'pointer', fontFamily: theme.body, boxShadow: theme.shadow }}>
              Book a table
            </button>
            <button type="button" onClick={() => scrollToSection('menu')} style={{ padding: '14px 26px', borderRadius: 999, border: `2px solid ${alpha(ink, 0.6)}`, background: 'transparent', color: ink, fontSize: 16, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
              See the menu
            </button>
          </div>
        </div>
        <div style={{ position: 'relative', maxWidth: 440, width: '100%', justifySelf: 'center' }}>
          <Plate />
          <div style={{ position: 'absolute', left: 0, bottom: '4%', background: theme.surface, color: theme.text, borderRadius: 16, padding: '12px 16px', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, maxWidth: 240 }}>
            <div style={{ fontSize: 12, color: theme.muted, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.06em' }}>Chef’s favourite</div>
            <div style={{ fontWeight: 800, fontSize: 16, fontFamily: theme.heading }}>{signatures[1]?.name ?? signatures[0]?.name}</div>
            <div style={{ fontSize: 14, color: theme.muted }}>{formatPrice(signatures[1]?.price ?? signatures[0]?.price ?? 0)}</div>
          </div>
        </div>
      </div>
    </section>
  );
}
