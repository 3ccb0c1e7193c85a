import { theme, alpha, mix, onColor } from '../theme';
import { CLASSES, TRAINERS } from '../content';

function Portrait({ name, index }: { name: string; index: number }) {
  const initials = name.split(' ').map((p) => p[0]).join('').slice(0, 2);
  const base = index % 2 === 0 ? theme.primary : theme.accent;
  const bg = mix(base, theme.isDark ? '#000000' : '#ffffff', 0.55 + index * 0.08);
  const ink = onColor(bg);
  return (
    <svg viewBox="0 0 200 150" width="100%" aria-hidden="true" style={{ display: 'block', background: bg }}>
      <circle cx="100" cy="62" r="30" fill={alpha(ink, 0.18)} />
      <path d="M 40 150 C 46 110, 72 98, 100 98 C 128 98, 154 110, 160 150 Z" fill={alpha(ink, 0.18)} />
      <path d={`M ${150 - index * 18} 0 L 200 0 L 200 ${40 + index * 12} Z`} fill={alpha(ink, 0.08)} />
      <text x="100" y="62" dy="0.35em" textAnchor="middle" fontSize="24" fontWeight="900" fill={ink} fontFamily={theme.heading}>{initials}</text>
    </svg>
  );
}

export default function Trainers() {
  return (
    <section id="trainers" style={{ scrollMarginTop: 70, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1240, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
        <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Coaches</p>
        <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.05, textTransform: 'uppercase' }}>Meet your trainers</h2>
        <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 30px', maxWidth: 620 }}>Qualified, patient and genuinely invested in your progress. Every new member gets a free induction with one of them.</p>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
          {TRAINERS.map((t, i) => (
            <article key={t.id} data-testid="trainer" style={{ background: theme.background, border: `1px solid ${theme.border}`, borderRadius: 18, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
              <Portrait name={t.name} index={i} />
              <div style={{ padding: 18, display: 'grid', gap: 8 }}>
                <div>
                  <h3 style={{ margin: 0, fontFamily: theme.heading, fontWeight: 900, fontSize: 20 }}>{t.name}</h3>
                  <p style={{ margin: 0, color: theme.primaryInk, fontWeight: 700, fontSize: 14 }}>{t.role}</p>
                </div>
                <p style={{ margin: 0, fontSize: 15 }}>{t.bio}</p>
                <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
                  {t.specialties.map((s) => (
                    <span key={s} style={{ padding: '3px 10px', borderRadius: 999, background: theme.tint, fontSize: 12, fontWeight: 700 }}>{s}</span>
                  ))}
                </div>
                <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>{t.certs} · {CLASSES.filter((c) => c.trainer === t.id).length} classes a week</p>
              </div>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}
