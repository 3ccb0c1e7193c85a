import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, pill } from '../ui';
import { href } from '../route';
import { ANSWERS, spots, tally, when } from '../events';
import type { Event, Rsvp } from '../events';
import { Empty, ErrorNotice, Loading } from './States';

/** Upcoming events (soonest first) or past ones (latest first), with live going/maybe counts. */
export default function EventList({ past }: { past: boolean }) {
  const { user } = useUser();
  const [now] = useState<string>(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const { items, loading, error, reload } = useCollection<Event>('events', { where: { startsAt: past ? { lt: now } : { gte: now } }, sort: past ? '-startsAt' : 'startsAt', limit: 60 });
  // One request counts the answers to every event on the page (next to nothing when there is none).
  const ids = items.map((e) => e.id);
  const { items: answers } = useCollection<Rsvp>('rsvps', { where: { event: ids.length ? ids : undefined }, limit: ids.length ? 200 : 1 });

  const tab = (active: boolean, label: string, target: string, testId: string) => (
    <a href={target} data-testid={testId} aria-current={active ? 'page' : undefined} style={{ padding: '8px 16px', borderRadius: 999, fontWeight: 700, textDecoration: 'none', color: active ? theme.onPrimary : theme.text, background: active ? theme.primary : theme.surface, border: `1px solid ${active ? theme.primary : theme.border}` }}>
      {label}
    </a>
  );

  return (
    <div style={{ display: 'grid', gap: 20 }}>
      <nav aria-label="Events" style={{ display: 'flex', gap: 8 }}>
        {tab(!past, 'Upcoming', href(), 'upcoming')}
        {tab(past, 'Past', href('past'), 'past')}
      </nav>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {loading && items.length === 0 && !error && <Loading what="events" />}
      {!loading && !error && items.length === 0 && (
        <Empty
          icon={past ? '🗓️' : '🎈'}
          title={past ? 'No past events' : 'No upcoming events'}
          action={user?.admin && !past ? <a href={href('new')} style={{ ...button('primary'), textDecoration: 'none' }}>Create an event</a> : undefined}
        >
          {past
            ? 'Events move here once they have started.'
            : user?.admin
              ? 'Create the first event: visitors can sign up and say whether they are coming.'
              : 'New events appear here as soon as they are announced. (The owner creates events after opening the app from the Data tab of their Faibric project, which signs them in as its admin.)'}
        </Empty>
      )}
      <ul data-testid="event-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 18 }}>
        {items.map((e) => {
          const t = tally(answers, e.id, user?.id ?? null);
          const left = spots(e, t.going);
          const start = new Date(e.startsAt);
          const mine = t.mine ? ANSWERS.find((a) => a.id === t.mine?.answer) : undefined;
          return (
            <li key={e.id}>
              <a href={href('event', e.id)} data-testid="event-card" data-event-title={e.title} style={{ display: 'grid', height: '100%', gridTemplateRows: 'auto 1fr', borderRadius: theme.radius, overflow: 'hidden', background: theme.surface, border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall, color: theme.text, textDecoration: 'none', opacity: past ? 0.85 : 1 }}>
                <div style={{ position: 'relative', height: 130, background: e.image ? theme.subtle : alpha(theme.primary, 0.14) }}>
                  {e.image && <img src={e.image} alt="" loading="lazy" style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />}
                  <span style={{ position: 'absolute', left: 14, bottom: -22, width: 58, padding: '6px 0', borderRadius: 12, background: theme.surface, boxShadow: theme.shadowSmall, textAlign: 'center', lineHeight: 1.1 }}>
                    <span style={{ display: 'block', fontSize: 12, fontWeight: 800, color: theme.primaryOnSurface, textTransform: 'uppercase' }}>{start.toLocaleDateString(undefined, { month: 'short' })}</span>
                    <span style={{ display: 'block', fontSize: 24, fontWeight: 800 }}>{start.getDate()}</span>
                  </span>
                </div>
                <div style={{ padding: '30px 16px 16px', display: 'grid', gap: 6, alignContent: 'start' }}>
                  <h2 style={{ margin: 0, fontSize: 19, fontFamily: theme.heading, lineHeight: 1.3 }}>{e.title}</h2>
                  <span style={{ fontSize: 14, color: theme.muted }}>🕒 {when(e)}</span>
                  {e.place && <span style={{ fontSize: 14, color: theme.muted }}>📍 {e.place}</span>}
                  <span style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}>
                    <span data-testid="going-count" style={pill(theme.success)}>{t.going} going</span>
                    {t.maybe > 0 && <span style={pill(theme.warning)}>{t.maybe} maybe</span>}
                    {left && <span style={pill(left === 'Full' ? theme.danger : theme.primaryOnSurface)}>{left}</span>}
                    {mine && <span style={pill(theme.accentOnSurface)}>You: {mine.label}</span>}
                  </span>
                </div>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
