import { theme } from '../theme';
import { PHOTOS, personName } from '../content';
import Scene from './Scene';

export default function About() {
  const portrait = PHOTOS.find((p) => p.kind === 'portrait') ?? PHOTOS[0];
  const first = personName().split(' ')[0];
  return (
    <section id="about" style={{ scrollMarginTop: 70, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(28px, 5vw, 64px)', alignItems: 'center' }}>
        <div style={{ position: 'relative', maxWidth: 440, width: '100%', justifySelf: 'center' }}>
          <div style={{ aspectRatio: '4 / 5', borderRadius: 16, overflow: 'hidden', boxShadow: theme.shadow }}>
            <Scene kind={portrait.kind} seed="about" label={`Portrait of ${personName()}`} />
          </div>
          <div style={{ position: 'absolute', right: -8, bottom: -18, background: theme.background, border: `1px solid ${theme.border}`, borderRadius: 14, padding: '10px 14px', boxShadow: theme.shadowSmall }}>
            <div style={{ fontSize: 12, color: theme.muted }}>Behind the camera since</div>
            <div style={{ fontWeight: 800, fontSize: 20 }}>2011</div>
          </div>
        </div>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.18em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>About</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1 }}>Hi, I’m {first}.</h2>
          <p style={{ fontSize: 18, margin: '16px 0 0' }}>
            I photograph people and places with as little fuss as possible: natural light, a small camera bag and plenty of patience. My favourite pictures happen in the quiet minutes between the poses.
          </p>
          <p style={{ fontSize: 17, color: theme.muted, margin: '12px 0 0' }}>
            After a decade in editorial work for travel magazines, I now split my time between portrait sessions in my Lisbon studio, weddings across Europe and long walks in the mountains with a tripod.
          </p>
          <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(20px, 4vw, 44px)', margin: '28px 0 0' }}>
            {[
              ['240+', 'weddings & events'],
              ['31', 'countries'],
              ['4.9★', 'from 180 reviews'],
            ].map(([value, label]) => (
              <div key={label}>
                <dt style={{ fontFamily: theme.heading, fontSize: 30, fontWeight: 800 }}>{value}</dt>
                <dd style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{label}</dd>
              </div>
            ))}
          </dl>
          <p style={{ margin: '26px 0 0', fontSize: 14, color: theme.muted }}>
            Published in <strong style={{ color: theme.text }}>Wanderlust</strong>, <strong style={{ color: theme.text }}>Monocle</strong> and <strong style={{ color: theme.text }}>The Travel Almanac</strong>.
          </p>
        </div>
      </div>
    </section>
  );
}
