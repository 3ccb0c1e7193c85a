import { config } from '../config';
import { theme } from '../theme';
import { TESTIMONIALS } from '../content';

export default function Testimonials() {
  return (
    <section id="reviews" style={{ scrollMarginTop: 72, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
        <div style={{ textAlign: 'center', maxWidth: 640, margin: '0 auto clamp(28px, 4vw, 48px)' }}>
          <p style={{ margin: 0, fontSize: 14, fontWeight: 700, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Reviews</p>
          <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>Why people keep coming back</h2>
          <p style={{ color: theme.muted, fontSize: 18, margin: '14px 0 0' }}>A few words from the people who make {config.title} what it is.</p>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
          {TESTIMONIALS.map((t) => (
            <figure key={t.name} style={{ margin: 0, background: theme.background, borderRadius: 20, padding: 'clamp(22px, 3vw, 30px)', border: `1px solid ${theme.border}`, display: 'flex', flexDirection: 'column', gap: 18 }}>
              <div aria-label="Rated 5 out of 5" role="img" style={{ color: theme.accent, fontSize: 18, letterSpacing: 2 }}>★★★★★</div>
              <blockquote style={{ margin: 0, fontSize: 17, lineHeight: 1.65, flex: 1 }}>“{t.quote}”</blockquote>
              <figcaption style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                <span aria-hidden="true" style={{ width: 42, height: 42, borderRadius: '50%', background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800 }}>
                  {t.name.split(' ').map((w) => w[0]).join('')}
                </span>
                <span>
                  <span style={{ display: 'block', fontWeight: 700 }}>{t.name}</span>
                  <span style={{ fontSize: 14, color: theme.muted }}>{t.detail}</span>
                </span>
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
    </section>
  );
}
