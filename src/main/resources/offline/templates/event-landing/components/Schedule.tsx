import { useEffect, useState } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { AGENDA_KEY, SESSIONS, SPEAKERS, START, DAY_TWO, dayLabel } from '../content';
import type { Kind, Session } from '../content';
import Avatar from './Avatar';

type Filter = 'all' | 'main' | 'workshops' | 'mine';

function loadAgenda(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(AGENDA_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const KIND_LABEL: Record<Kind, string> = { keynote: 'Keynote', talk: 'Talk', workshop: 'Workshop', break: 'Break', social: 'Social' };

export default function Schedule() {
  const narrow = useViewportWidth() < 640;
  const [day, setDay] = useState<1 | 2>(1);
  const [filter, setFilter] = useState<Filter>('all');
  const [agenda, setAgenda] = useState<string[]>(loadAgenda);
  useEffect(() => {
    try {
      window.localStorage.setItem(AGENDA_KEY, JSON.stringify(agenda));
    } catch {
      // Storage unavailable: the agenda lasts for this visit.
    }
  }, [agenda]);

  const toggle = (id: string) => setAgenda((a) => (a.includes(id) ? a.filter((x) => x !== id) : [...a, id]));
  const list = SESSIONS.filter((s) => s.day === day).filter((s) =>
    filter === 'all' ? true : filter === 'main' ? s.track !== 'Workshop room' : filter === 'workshops' ? s.kind === 'workshop' : agenda.includes(s.id),
  );
  const mineCount = SESSIONS.filter((s) => agenda.includes(s.id)).length;

  const pill = (active: boolean) => ({ padding: '8px 14px', borderRadius: 999, border: `1.5px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body });

  const kindColor = (k: Kind) => (k === 'keynote' ? theme.primaryOnSurface : k === 'workshop' ? theme.accentOnSurface : theme.muted);

  const row = (s: Session) => {
    const speaker = SPEAKERS.find((p) => p.id === s.speaker);
    const saved = agenda.includes(s.id);
    const quiet = s.kind === 'break' || s.kind === 'social';
    return (
      <li key={s.id} data-testid="session" data-id={s.id} style={{ display: 'grid', gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : '120px minmax(0, 1fr)', gap: narrow ? 6 : 18, padding: '16px 0', borderTop: `1px solid ${theme.border}` }}>
        <div style={{ fontWeight: 800, fontVariantNumeric: 'tabular-nums', fontSize: narrow ? 14 : 16, color: narrow ? theme.primaryInk : theme.text }}>
          {s.start}–{s.end}
          {!narrow && <div style={{ fontSize: 13, fontWeight: 600, color: theme.muted, marginTop: 2 }}>{s.track}</div>}
        </div>
        <div style={{ background: quiet ? 'transparent' : theme.surface, border: quiet ? 'none' : `1px solid ${saved ? theme.primary : theme.border}`, borderRadius: 14, padding: quiet ? 0 : 'clamp(12px, 2vw, 18px)', boxShadow: quiet ? 'none' : theme.shadowSmall, display: 'flex', gap: 14, alignItems: 'flex-start' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            {!quiet && (
              <span style={{ fontSize: 12, fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.08em', color: kindColor(s.kind) }}>
                {KIND_LABEL[s.kind]}{narrow ? ` · ${s.track}` : ''}
              </span>
            )}
            <h3 style={{ margin: quiet ? 0 : '4px 0 0', fontSize: quiet ? 16 : 18, fontFamily: quiet ? theme.body : theme.heading, fontWeight: quiet ? 600 : 800, color: quiet ? theme.muted : theme.text, lineHeight: 1.3 }}>
              {s.kind === 'social' ? '🎶 ' : s.kind === 'break' ? '☕ ' : ''}{s.title}
            </h3>
            {s.summary && <p style={{ margin: '6px 0 0', color: theme.muted, fontSize: 15 }}>{s.summary}</p>}
            {speaker && (
              <div style={{ display: 'flex', alignItems: 'center', gap: 10, marginTop: 10 }}>
                <Avatar name={speaker.name} size={32} />
                <span style={{ fontSize: 14 }}>
                  <strong>{speaker.name}</strong> <span style={{ color: theme.muted }}>· {speaker.company}</span>
                </span>
              </div>
            )}
          </div>
          {!quiet && (
            <button
              type="button"
              data-testid="agenda-toggle"
              aria-pressed={saved}
              aria-label={saved ? `Remove “${s.title}” from my agenda` : `Add “${s.title}” to my agenda`}
              onClick={() => toggle(s.id)}
              style={{ width: 40, height: 40, borderRadius: 12, border: `1.5px solid ${saved ? theme.primary : theme.border}`, background: saved ? theme.tint : 'transparent', color: saved ? theme.primaryOnSurface : theme.muted, fontSize: 20, cursor: 'pointer', flexShrink: 0 }}
            >
              {saved ? '★' : '☆'}
            </button>
          )}
        </div>
      </li>
    );
  };

  return (
    <section id="schedule" style={{ scrollMarginTop: 72, maxWidth: 1000, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <p style={{ margin: 0, fontSize: 14, fontWeight: 800, letterSpacing: '0.12em', textTransform: 'uppercase', color: theme.primaryInk }}>Schedule</p>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 46px)', lineHeight: 1.1, margin: '10px 0 0' }}>Two days, two tracks</h2>
      <p style={{ color: theme.muted, fontSize: 18, margin: '12px 0 0', maxWidth: 640 }}>Talks on the main stage, hands-on workshops next door. Star the sessions you don’t want to miss to build your own agenda.</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', margin: '28px 0 8px' }}>
        <div role="tablist" aria-label="Day" style={{ display: 'flex', gap: 6, padding: 4, borderRadius: 14, background: theme.subtle }}>
          {([1, 2] as const).map((n) => (
            <button key={n} type="button" role="tab" aria-selected={day === n} data-testid={`day-${n}`} onClick={() => setDay(n)} style={{ padding: '10px 16px', borderRadius: 10, border: 'none', background: day === n ? theme.surface : 'transparent', color: theme.text, fontWeight: day === n ? 800 : 600, cursor: 'pointer', boxShadow: day === n ? theme.shadowSmall : 'none', fontFamily: theme.body, fontSize: 15, textAlign: 'left' }}>
              Day {n}
              <span style={{ display: 'block', fontSize: 12, color: theme.muted, fontWeight: 600 }}>{dayLabel(n === 1 ? START : DAY_TWO)}</span>
            </button>
          ))}
        </div>
        <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
          {([['all', 'All'], ['main', 'Main stage'], ['workshops', 'Workshops'], ['mine', `My agenda (${mineCount})`]] as [Filter, string][]).map(([id, label]) => (
            <button key={id} type="button" data-testid={`filter-${id}`} aria-pressed={filter === id} onClick={() => setFilter(id)} style={pill(filter === id)}>{label}</button>
          ))}
        </div>
      </div>
      {list.length === 0 ? (
        <p data-testid="agenda-empty" style={{ padding: '28px 0', color: theme.muted, borderTop: `1px solid ${theme.border}` }}>
          {filter === 'mine' ? `Nothing starred for day ${day} yet. Tap ☆ on a session to add it.` : 'No sessions match.'}
        </p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>{list.map(row)}</ol>
      )}
      <p style={{ margin: '8px 0 0', fontSize: 13, color: alpha(theme.text, 0.6) }}>Times are local. The schedule may still change slightly; starred sessions stay saved in this browser.</p>
    </section>
  );
}
