import { config } from '../config';
import { theme } from '../theme';
import { EXPERIENCE, firstName } from '../content';

export default function About() {
  return (
    <section id="about" style={{ scrollMarginTop: 72, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1120, margin: '0 auto', padding: 'clamp(40px, 7vw, 88px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', gap: 'clamp(28px, 5vw, 64px)' }}>
        <div>
          <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 44px)', margin: 0, lineHeight: 1.1 }}>About me</h2>
          <p style={{ fontSize: 18, margin: '18px 0 0' }}>
            I’m {firstName()}, and for the last ten years I have worked where design meets engineering. I like small teams, clear goals and shipping early, then listening hard to the people who use what we built.
          </p>
          <p style={{ color: theme.muted, margin: '14px 0 0' }}>
            Clients hire {config.title} when they need one person who can run the research, design the interface and write the front-end code that goes to production — without losing anything in the hand-over.
          </p>
          <p style={{ color: theme.muted, margin: '14px 0 0' }}>
            Away from the screen you will find me on a bike, in a pottery class, or reading about how cities are designed.
          </p>
        </div>
        <div>
          <h3 style={{ fontFamily: theme.heading, fontSize: 22, margin: '0 0 18px' }}>Experience</h3>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 0 }}>
            {EXPERIENCE.map((e, i) => (
              <li key={e.years} style={{ display: 'grid', gridTemplateColumns: '20px 1fr', gap: 14 }}>
                <div aria-hidden="true" style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                  <span style={{ width: 14, height: 14, borderRadius: '50%', background: i === 0 ? theme.primary : theme.surface, border: `3px solid ${theme.primary}`, marginTop: 5, boxSizing: 'border-box' }} />
                  {i < EXPERIENCE.length - 1 && <span style={{ flex: 1, width: 2, background: theme.border, marginTop: 4 }} />}
                </div>
                <div style={{ paddingBottom: 24 }}>
                  <div style={{ fontSize: 14, color: theme.muted, fontWeight: 600 }}>{e.years}</div>
                  <div style={{ fontWeight: 700, fontSize: 17 }}>{e.role}</div>
                  <div style={{ color: theme.muted, fontSize: 15 }}>{e.place}</div>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
