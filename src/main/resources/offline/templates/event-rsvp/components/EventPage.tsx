import { useCollection, useRow, useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { card, displayName, pill } from '../ui';
import { go, href } from '../route';
import { events, spots, tally, when } from '../events';
import type { Event, Rsvp } from '../events';
import { ErrorNotice, rowFallback } from './States';
import { Avatar } from './Person';
import Prose from './Prose';
import { RowActions } from './ConfirmButton';
import RsvpPanel from './RsvpPanel';
import type { AuthMode } from './SignInForm';

/** One event: when and where, what it is, your answer, and who is coming, all live. */
export default function EventPage({ id, onSignIn }: { id: number; onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const { row: event, loading, error } = useRow<Event>('events', id);
  const answers = useCollection<Rsvp>('rsvps', { where: { event: id }, sort: 'createdAt', limit: 200 });

  const back = <a href={href()} style={{ color: theme.primaryInk, fontWeight: 600, fontSize: 14 }}>← All events</a>;
  const fallback = rowFallback({ row: event, loading, error }, 'event', back);
  if (fallback || !event) return fallback;

  const t = tally(answers.items, event.id, user?.id ?? null);
  const left = spots(event, t.going);
  const past = Date.parse(event.startsAt) < Date.now();
  const going = answers.items.filter((r) => r.answer === 'going');
  const maybe = answers.items.filter((r) => r.answer === 'maybe');
  const people = (list: Rsvp[], title: string, testId: string) => (
    <div style={{ display: 'grid', gap: 8 }}>
      <h3 style={{ margin: 0, fontSize: 15 }}>{title}</h3>
      {list.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>Nobody yet.</p>
      ) : (
        <ul data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {list.map((r) => (
            <li key={r.id} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, padding: '4px 10px 4px 4px', borderRadius: 999, background: theme.subtle, fontSize: 14 }}>
              <Avatar name={r.ownerName} id={r.owner} size={24} />
              {displayName(r.ownerName)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <div style={{ display: 'grid', gap: 20 }}>
      {back}
      <article aria-labelledby="event-title" style={{ ...card, padding: 0, overflow: 'hidden', display: 'grid' }}>
        {event.image && <img src={event.image} alt="" style={{ width: '100%', maxHeight: 360, objectFit: 'cover', display: 'block', background: theme.subtle }} />}
        <div style={{ padding: 'clamp(18px, 3vw, 30px)', display: 'grid', gap: 14 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <span data-testid="going-count" style={pill(theme.success)}>{t.going} going</span>
            <span style={pill(theme.warning)}>{t.maybe} maybe</span>
            {left && <span style={pill(left === 'Full' ? theme.danger : theme.primaryOnSurface)}>{left}</span>}
            {past && <span style={pill(theme.muted)}>Past event</span>}
          </div>
          <h2 id="event-title" data-testid="event-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 40px)', lineHeight: 1.15, overflowWrap: 'anywhere' }}>{event.title}</h2>
          <div style={{ display: 'grid', gap: 6, fontSize: 16 }}>
            <span>🕒 {when(event)}</span>
            {event.place && (
              <span>
                📍{' '}
                <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(event.place)}`} target="_blank" rel="noreferrer" style={{ color: theme.primaryOnSurface }}>
                  {event.place}
                </a>
              </span>
            )}
            {event.capacity !== null && <span>👥 {event.capacity} places</span>}
          </div>
          {event.capacity !== null && (
            <div aria-hidden="true" style={{ height: 8, borderRadius: 4, background: theme.border, overflow: 'hidden', maxWidth: 360 }}>
              <div style={{ width: `${Math.min(100, (t.going / event.capacity) * 100)}%`, height: '100%', background: t.going >= event.capacity ? theme.danger : theme.success }} />
            </div>
          )}
          {event.description && <Prose text={event.description} />}
          {user?.admin && (
            <div style={{ borderTop: `1px solid ${theme.border}`, paddingTop: 14 }}>
              <RowActions edit={href('edit', event.id)} deleteLabel="Cancel event" question="Cancel this event and remove it for everyone?" onDelete={() => events.remove(event.id).then(() => go())} testId="event" />
            </div>
          )}
        </div>
      </article>
      <RsvpPanel event={event} tally={t} past={past} onSignIn={onSignIn} />
      <section aria-label="Who is coming" style={{ ...card, display: 'grid', gap: 16, background: alpha(theme.primary, theme.isDark ? 0.08 : 0.03) }}>
        {answers.error && <ErrorNotice error={answers.error} onRetry={answers.reload} />}
        {people(going, `Going (${going.length})`, 'going-list')}
        {people(maybe, `Maybe (${maybe.length})`, 'maybe-list')}
      </section>
    </div>
  );
}
