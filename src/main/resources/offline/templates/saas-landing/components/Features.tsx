import { theme, alpha } from '../theme';
import { FEATURES, STATS, STEPS, TESTIMONIAL } from '../content';

const eyebrow = { fontSize: 13, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk } as const;

export default function Features() {
  return (
    <>
      <section id="features" aria-labelledby="features-title" style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(56px, 8vw, 100px) clamp(16px, 4vw, 40px) 0', scrollMarginTop: 70 }}>
        <div style={{ textAlign: 'center', maxWidth: 680, margin: '0 auto 40px' }}>
          <div style={eyebrow}>Features</div>
          <h2 id="features-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, letterSpacing: '-0.02em', margin: '8px 0 12px' }}>Everything in one place, nothing in your way</h2>
          <p style={{ margin: 0, color: theme.muted, fontSize: 18, lineHeight: 1.6 }}>The tools your team already juggles, working together instead of side by side.</p>
        </div>
        <div data-testid="features-grid" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 18 }}>
          {FEATURES.map((f) => (
            <article key={f.title} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 24, boxShadow: theme.shadowSmall }}>
              <span aria-hidden="true" style={{ width: 48, height: 48, borderRadius: 14, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 24 }}>{f.icon}</span>
              <h3 style={{ margin: '16px 0 8px', fontSize: 19 }}>{f.title}</h3>
              <p style={{ margin: 0, color: theme.muted, lineHeight: 1.6 }}>{f.text}</p>
            </article>
          ))}
        </div>
      </section>

      <section aria-label="In numbers" style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 7vw, 80px) clamp(16px, 4vw, 40px) 0' }}>
        <div style={{ borderRadius: 24, background: theme.primaryGradient, color: theme.onPrimary, padding: 'clamp(24px, 4vw, 48px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 'clamp(24px, 4vw, 48px)', alignItems: 'center' }}>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 20 }}>
            {STATS.map((s) => (
              <div key={s.label}>
                <dt style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4vw, 40px)', fontWeight: 800, letterSpacing: '-0.02em' }}>{s.value}</dt>
                <dd style={{ margin: 0, color: alpha(theme.onPrimary, 0.82), fontSize: 15 }}>{s.label}</dd>
              </div>
            ))}
          </dl>
          <figure style={{ margin: 0, background: alpha(theme.onPrimary, 0.1), border: `1px solid ${alpha(theme.onPrimary, 0.2)}`, borderRadius: 18, padding: 24 }}>
            <blockquote style={{ margin: 0, fontSize: 18, lineHeight: 1.6 }}>“{TESTIMONIAL.quote}”</blockquote>
            <figcaption style={{ marginTop: 14, fontSize: 14 }}>
              <strong>{TESTIMONIAL.name}</strong>
              <span style={{ color: alpha(theme.onPrimary, 0.8) }}> · {TESTIMONIAL.role}</span>
            </figcaption>
          </figure>
        </div>
      </section>

      <section id="how" aria-labelledby="how-title" style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(56px, 8vw, 100px) clamp(16px, 4vw, 40px) 0', scrollMarginTop: 70 }}>
        <div style={{ textAlign: 'center', maxWidth: 640, margin: '0 auto 36px' }}>
          <div style={eyebrow}>How it works</div>
          <h2 id="how-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, letterSpacing: '-0.02em', margin: '8px 0 0' }}>Up and running this afternoon</h2>
        </div>
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 18 }}>
          {STEPS.map((s, i) => (
            <li key={s.title} style={{ padding: 24, borderRadius: 18, border: `1px dashed ${theme.borderStrong}` }}>
              <span style={{ display: 'inline-grid', placeItems: 'center', width: 40, height: 40, borderRadius: '50%', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 18 }}>{i + 1}</span>
              <h3 style={{ margin: '14px 0 6px', fontSize: 19 }}>{s.title}</h3>
              <p style={{ margin: 0, color: theme.muted, lineHeight: 1.6 }}>{s.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
