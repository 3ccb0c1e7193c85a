import { useState } from 'react';
import { theme } from '../theme';
import { SESSIONS, SPEAKERS } from '../content';
import Avatar from './Avatar';

export default function Speakers() {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section id="speakers" style={{ scrollMarginTop: 72, background: theme.surface, borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}` }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
        <p style={{ margin: 0, fontSize: 14, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryOnSurface }}>Speakers</p>
        <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>People who ship</h2>
        <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 32px', maxWidth: 640 }}>Practitioners from product teams, public services and studios, sharing what worked and what didn’t.</p>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 250px), 1fr))', gap: 'clamp(14px, 2vw, 22px)' }}>
          {SPEAKERS.map((s) => {
            const talks = SESSIONS.filter((x) => x.speaker === s.id);
            const expanded = open === s.id;
            return (
              <li key={s.id} data-testid="speaker" style={{ background: theme.background, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 20, display: 'flex', flexDirection: 'column', gap: 12 }}>
                <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
                  <Avatar name={s.name} size={72} />
                  <div style={{ minWidth: 0 }}>
                    <h3 style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>{s.name}</h3>
                    <p style={{ margin: '2px 0 0', color: theme.muted, fontSize: 14 }}>{s.role}, {s.company}</p>
                  </div>
                </div>
                <ul style={{ margin: 0, paddingLeft: 18, fontSize: 14, display: 'grid', gap: 4 }}>
                  {talks.map((t) => (
                    <li key={t.id}>{t.title.replace(/^(Workshop|Panel|Opening keynote|Closing keynote): /, '')} <span style={{ color: theme.muted }}>· Day {t.day}, {t.start}</span></li>
                  ))}
                </ul>
                {expanded && <p data-testid="speaker-bio" style={{ margin: 0, fontSize: 15 }}>{s.bio}</p>}
                <button type="button" aria-expanded={expanded} data-testid="speaker-bio-toggle" onClick={() => setOpen(expanded ? null : s.id)} style={{ alignSelf: 'flex-start', marginTop: 'auto', border: 'none', background: 'none', padding: 0, color: theme.primaryInk, fontWeight: 800, cursor: 'pointer', fontSize: 14, fontFamily: theme.body }}>
                  {expanded ? 'Hide bio' : 'Read bio'}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
