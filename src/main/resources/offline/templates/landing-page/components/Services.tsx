import { config } from '../config';
import { theme } from '../theme';
import { SERVICES } from '../content';

export default function Services() {
  return (
    <section id="offer" style={{ scrollMarginTop: 72, maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ maxWidth: 640, marginBottom: 'clamp(28px, 4vw, 48px)' }}>
        <p style={{ margin: 0, fontSize: 14, fontWeight: 700, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>What we offer</p>
        <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>Everything {config.title} does, in one place</h2>
        <p style={{ color: theme.muted, fontSize: 18, margin: '14px 0 0' }}>Come in for your usual, plan something special, or surprise someone. Whatever brings you here, we will make it easy.</p>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
        {SERVICES.map((s) => (
          <article key={s.title} style={{ background: theme.surface, borderRadius: 20, padding: 'clamp(20px, 3vw, 28px)', border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall }}>
            <div aria-hidden="true" style={{ width: 52, height: 52, borderRadius: 14, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 26 }}>{s.icon}</div>
            <h3 style={{ fontFamily: theme.heading, fontSize: 21, margin: '18px 0 8px' }}>{s.title}</h3>
            <p style={{ margin: 0, color: theme.muted, fontSize: 16 }}>{s.text}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
