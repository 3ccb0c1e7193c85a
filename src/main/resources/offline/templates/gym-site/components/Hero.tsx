import { config } from '../config';
import { theme, alpha, useViewportWidth } from '../theme';
import { CLASSES, CLASS_TYPES, DAYS, TRAINERS, endTime, isOpen, scrollToSection, todayIndex } from '../content';

/** The next class that has not started yet, looking up to a week ahead. */
function nextClass(now = new Date()) {
  const today = todayIndex(now);
  const minutes = now.getHours() * 60 + now.getMinutes();
  for (let offset = 0; offset < 8; offset++) {
    const day = (today + offset) % 7;
    const found = CLASSES.filter((c) => c.day === day)
      .filter((c) => offset > 0 || Number(c.start.slice(0, 2)) * 60 + Number(c.start.slice(3)) > minutes)
      .sort((a, b) => a.start.localeCompare(b.start))[0];
    if (found) return { cls: found, when: offset === 0 ? 'Today' : offset === 1 ? 'Tomorrow' : DAYS[day] };
  }
  return null;
}

export default function Hero() {
  const open = isOpen();
  const next = nextClass();
  const trainer = next ? TRAINERS.find((t) => t.id === next.cls.trainer) : undefined;
  // Uppercase headline: sized so the longest word always fits its column without breaking.
  const longest = Math.max(4, ...config.title.split(/\s+/).map((w) => w.length));
  const width = useViewportWidth();
  const pad = Math.min(40, Math.max(16, width * 0.04));
  const column = width >= 965 ? Math.min(560, (Math.min(width, 1240) - 2 * pad - 56) / 2) : width - 2 * pad;
  const headlineSize = Math.max(28, Math.min(92, Math.floor(column / (longest * 0.74))));
  const icon = next ? CLASS_TYPES.find((t) => t.id === next.cls.type)?.icon : '';

  return (
    <section id="top" style={{ position: 'relative', overflow: 'hidden', borderBottom: `1px solid ${theme.border}` }}>
      <svg aria-hidden="true" viewBox="0 0 1200 600" preserveAspectRatio="xMidYMid slice" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}>
        <path d="M 700 0 L 1200 0 L 1200 600 L 420 600 Z" fill={alpha(theme.primary, theme.isDark ? 0.16 : 0.09)} />
        <path d="M 880 0 L 1000 0 L 620 600 L 500 600 Z" fill={alpha(theme.accent, 0.18)} />
      </svg>
      <div style={{ position: 'relative', maxWidth: 1240, margin: '0 auto', padding: 'clamp(44px, 8vw, 100px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: 'clamp(28px, 5vw, 64px)', alignItems: 'center' }}>
        <div>
          <span data-testid="open-status" style={{ display: 'inline-flex', alignItems: 'center', gap: 8, padding: '6px 12px', borderRadius: 999, background: theme.surface, border: `1px solid ${theme.border}`, fontWeight: 700, fontSize: 14 }}>
            <span aria-hidden="true" style={{ width: 8, height: 8, borderRadius: '50%', background: open ? theme.success : theme.danger }} />
            {open ? 'Open now' : 'Closed now'} · 7 days a week
          </span>
          <h1 style={{ margin: '18px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: headlineSize, lineHeight: 0.95, textTransform: 'uppercase', letterSpacing: '-0.01em', overflowWrap: 'break-word' }}>
            {config.title}
          </h1>
          <p style={{ margin: '18px 0 0', fontSize: 'clamp(19px, 2.4vw, 24px)', fontWeight: 700, color: theme.primaryInk }}>{config.tagline}</p>
          <p style={{ margin: '10px 0 0', fontSize: 17, color: theme.muted, maxWidth: 540 }}>
            A friendly, no-ego gym with real coaches, {CLASSES.length} classes a week and a floor full of racks, rowers and kettlebells. First week on us.
          </p>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginTop: 28 }}>
            <button type="button" data-testid="hero-trial" onClick={() => scrollToSection('trial')} style={{ padding: '15px 26px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 900, fontSize: 17, cursor: 'pointer', fontFamily: theme.body, textTransform: 'uppercase', letterSpacing: '0.03em', boxShadow: theme.shadow }}>Try a week free</button>
            <button type="button" onClick={() => scrollToSection('classes')} style={{ padding: '15px 26px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body }}>See the timetable</button>
          </div>
          <dl style={{ display: 'flex', gap: 'clamp(20px, 4vw, 40px)', flexWrap: 'wrap', margin: '34px 0 0' }}>
            {[['1,200 m²', 'training floor'], [String(CLASSES.length), 'classes a week'], ['4', 'qualified coaches']].map(([value, label]) => (
              <div key={label}>
                <dt style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 28 }}>{value}</dt>
                <dd style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{label}</dd>
              </div>
            ))}
          </dl>
        </div>
        {next && (
          <aside aria-label="Next class" style={{ justifySelf: 'center', width: '100%', maxWidth: 420, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 22, padding: 24, boxShadow: theme.shadow }}>
            <p style={{ margin: 0, fontSize: 13, fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.1em', color: theme.primaryOnSurface }}>Next class</p>
            <div style={{ display: 'flex', alignItems: 'center', gap: 14, marginTop: 12 }}>
              <span aria-hidden="true" style={{ width: 56, height: 56, borderRadius: 16, background: theme.tint, display: 'grid', placeItems: 'center', fontSize: 28, flexShrink: 0 }}>{icon}</span>
              <div>
                <div data-testid="next-class" style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 22 }}>{next.cls.name}</div>
                <div style={{ color: theme.muted }}>{next.when} · {next.cls.start}–{endTime(next.cls.start, next.cls.minutes)}</div>
              </div>
            </div>
            <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 14px', margin: '18px 0 0', fontSize: 15 }}>
              <dt style={{ color: theme.muted }}>Coach</dt><dd style={{ margin: 0, fontWeight: 700 }}>{trainer?.name}</dd>
              <dt style={{ color: theme.muted }}>Level</dt><dd style={{ margin: 0, fontWeight: 700 }}>{next.cls.level}</dd>
              <dt style={{ color: theme.muted }}>Spots</dt><dd style={{ margin: 0, fontWeight: 700 }}>{Math.max(0, next.cls.capacity - next.cls.booked)} of {next.cls.capacity} left</dd>
            </dl>
            <button type="button" onClick={() => scrollToSection('classes')} style={{ marginTop: 18, width: '100%', padding: '12px 16px', borderRadius: 12, border: `2px solid ${theme.primary}`, background: 'transparent', color: theme.primaryOnSurface, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>Book in the timetable</button>
          </aside>
        )}
      </div>
    </section>
  );
}
