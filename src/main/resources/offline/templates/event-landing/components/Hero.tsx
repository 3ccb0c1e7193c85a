import { useEffect, useState } from 'react';
import { config } from '../config';
import { theme, alpha, contrast } from '../theme';
import { SESSIONS, SPEAKERS, START, VENUE, dateRange, scrollToSection } from '../content';

function parts(ms: number): [number, number, number, number] {
  const s = Math.max(0, Math.floor(ms / 1000));
  return [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60), s % 60];
}

export default function Hero() {
  const [now, setNow] = useState<number>(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const left = START.getTime() - now;
  const [d, h, m, s] = parts(left);
  const ink = theme.onPrimary;
  const talks = SESSIONS.filter((x) => x.kind === 'talk' || x.kind === 'keynote').length;
  const workshops = SESSIONS.filter((x) => x.kind === 'workshop').length;

  return (
    <section id="top" style={{ position: 'relative', overflow: 'hidden', background: theme.primaryGradient, color: ink }}>
      <svg aria-hidden="true" viewBox="0 0 1200 600" preserveAspectRatio="xMidYMid slice" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}>
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <circle key={i} cx={980} cy={120} r={90 + i * 70} fill="none" stroke={alpha(ink, 0.12 - i * 0.015)} strokeWidth={2} />
        ))}
        <path d="M0 520 C 200 460, 380 580, 600 510 S 1000 430, 1200 500 V600 H0 Z" fill={alpha(ink, 0.07)} />
        <circle cx={980} cy={120} r={46} fill={alpha(theme.accent, 0.85)} />
      </svg>
      <div style={{ position: 'relative', maxWidth: 1200, margin: '0 auto', padding: 'clamp(48px, 9vw, 112px) clamp(16px, 4vw, 40px) clamp(40px, 7vw, 88px)' }}>
        <p style={{ margin: 0, display: 'inline-flex', gap: '4px 16px', flexWrap: 'wrap', alignItems: 'center', padding: '6px 14px', borderRadius: 999, background: alpha(ink, 0.14), border: `1px solid ${alpha(ink, 0.3)}`, fontWeight: 700, fontSize: 14 }}>
          <span>📅 {dateRange()}</span>
          <span>📍 {VENUE.name}, {VENUE.city}</span>
        </p>
        <h1 style={{ fontFamily: theme.heading, fontSize: 'clamp(40px, 8vw, 88px)', lineHeight: 1, letterSpacing: '-0.03em', margin: '22px 0 0', maxWidth: 900, overflowWrap: 'break-word' }}>{config.title}</h1>
        <p style={{ fontSize: 'clamp(18px, 2.4vw, 24px)', margin: '18px 0 0', maxWidth: 680, color: alpha(ink, 0.9) }}>{config.tagline}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 30 }}>
          <button type="button" data-testid="hero-tickets" onClick={() => scrollToSection('tickets')} style={{ padding: '15px 28px', borderRadius: 999, border: 'none', background: ink, color: contrast(theme.primary, ink) >= 4.5 ? theme.primary : ink === '#ffffff' ? '#111111' : '#ffffff', fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body, boxShadow: theme.shadow }}>
            Get your ticket
          </button>
          <button type="button" onClick={() => scrollToSection('schedule')} style={{ padding: '15px 28px', borderRadius: 999, border: `2px solid ${alpha(ink, 0.6)}`, background: 'transparent', color: ink, fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body }}>
            See the schedule
          </button>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(20px, 5vw, 56px)', marginTop: 'clamp(36px, 6vw, 60px)', alignItems: 'flex-end' }}>
          <div role="timer" aria-label={left > 0 ? `${d} days, ${h} hours and ${m} minutes to go` : 'Happening now'} data-testid="countdown" style={{ display: 'flex', gap: 10 }}>
            {left > 0 ? (
              ([[d, 'days'], [h, 'hours'], [m, 'min'], [s, 'sec']] as [number, string][]).map(([value, label]) => (
                <div key={label} style={{ minWidth: 'clamp(58px, 14vw, 84px)', padding: '10px 8px', borderRadius: 14, background: alpha(ink, 0.14), border: `1px solid ${alpha(ink, 0.25)}`, textAlign: 'center' }}>
                  <div style={{ fontFamily: theme.heading, fontSize: 'clamp(24px, 5vw, 36px)', fontWeight: 800, fontVariantNumeric: 'tabular-nums', lineHeight: 1.1 }}>{String(value).padStart(2, '0')}</div>
                  <div style={{ fontSize: 12, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.08em', color: alpha(ink, 0.8) }}>{label}</div>
                </div>
              ))
            ) : (
              <strong style={{ fontSize: 22 }}>Happening now 🎉</strong>
            )}
          </div>
          <dl style={{ display: 'flex', gap: 'clamp(18px, 4vw, 40px)', margin: 0, flexWrap: 'wrap' }}>
            {[
              [String(talks), 'talks'],
              [String(workshops), 'workshops'],
              [String(SPEAKERS.length), 'speakers'],
              ['600', 'attendees'],
            ].map(([value, label]) => (
              <div key={label}>
                <dt style={{ fontFamily: theme.heading, fontSize: 28, fontWeight: 800 }}>{value}</dt>
                <dd style={{ margin: 0, fontSize: 14, color: alpha(ink, 0.85) }}>{label}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}

