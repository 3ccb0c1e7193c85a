import { theme } from '../theme';
import { SKILLS } from '../content';

export default function Skills() {
  return (
    <section id="skills" style={{ scrollMarginTop: 72, maxWidth: 1120, margin: '0 auto', padding: 'clamp(40px, 7vw, 88px) clamp(16px, 4vw, 40px)' }}>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 44px)', margin: 0, lineHeight: 1.1 }}>Skills</h2>
      <p style={{ margin: '10px 0 28px', color: theme.muted, fontSize: 17 }}>What I bring to a team, from the first workshop to the release.</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
        {SKILLS.map((s) => (
          <div key={s.group} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(20px, 3vw, 28px)' }}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
              <span aria-hidden="true" style={{ width: 44, height: 44, borderRadius: 12, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 22 }}>{s.icon}</span>
              <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>{s.group}</h3>
            </div>
            <ul style={{ listStyle: 'none', margin: '18px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {s.items.map((item) => (
                <li key={item} style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${theme.border}`, background: theme.subtle, fontSize: 14, fontWeight: 600 }}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
