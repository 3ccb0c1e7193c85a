import { config } from '../config';
import { theme } from '../theme';
import { PHOTOS, scrollToSection } from '../content';
import Scene from './Scene';

export default function Hero() {
  const cover = PHOTOS[0];
  return (
    <section id="top" style={{ position: 'relative', height: 'clamp(460px, 78vh, 760px)', overflow: 'hidden', background: '#111111' }}>
      <div style={{ position: 'absolute', inset: 0 }}>
        <Scene kind={cover.kind} seed={cover.id} label={`${cover.title}, ${cover.place}`} />
      </div>
      <div aria-hidden="true" style={{ position: 'absolute', inset: 0, background: 'linear-gradient(180deg, rgba(0,0,0,0.05) 30%, rgba(0,0,0,0.72) 100%)' }} />
      <div style={{ position: 'absolute', left: 0, right: 0, bottom: 0, maxWidth: 1280, margin: '0 auto', padding: 'clamp(24px, 5vw, 56px) clamp(16px, 4vw, 40px)', color: '#ffffff' }}>
        <p style={{ margin: 0, fontSize: 14, letterSpacing: '0.2em', textTransform: 'uppercase', opacity: 0.85 }}>Photography · Lisbon &amp; worldwide</p>
        <h1 style={{ margin: '12px 0 0', fontFamily: theme.heading, fontSize: 'clamp(38px, 7vw, 84px)', lineHeight: 1.02, fontWeight: 700, letterSpacing: '-0.02em', maxWidth: 900, overflowWrap: 'break-word' }}>{config.title}</h1>
        <p style={{ margin: '14px 0 0', fontSize: 'clamp(17px, 2.2vw, 22px)', maxWidth: 620, opacity: 0.92 }}>{config.tagline}</p>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginTop: 26 }}>
          <button type="button" onClick={() => scrollToSection('work')} style={{ padding: '14px 26px', borderRadius: 999, border: 'none', background: '#ffffff', color: '#111111', fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>View the work</button>
          <button type="button" onClick={() => scrollToSection('contact')} style={{ padding: '14px 26px', borderRadius: 999, border: '2px solid rgba(255,255,255,0.7)', background: 'transparent', color: '#ffffff', fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>Book a session</button>
        </div>
        <p style={{ margin: '22px 0 0', fontSize: 13, opacity: 0.75 }}>Cover: {cover.title} — {cover.place}, {cover.year}</p>
      </div>
    </section>
  );
}
