import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card } from '../ui';
import { useAction } from '../form';
import { ANSWERS, rsvps } from '../events';
import type { Answer, Event, Tally } from '../events';
import { FormError } from './States';
import { SignInPrompt } from './SignInForm';
import type { AuthMode } from './SignInForm';

interface RsvpPanelProps {
  event: Event;
  tally: Tally;
  past: boolean;
  onSignIn: (mode: AuthMode) => void;
}

/** "Are you coming?": going, maybe or can't go, one answer per visitor, changeable. */
export default function RsvpPanel({ event, tally, past, onSignIn }: RsvpPanelProps) {
  const { user } = useUser();
  const action = useAction();
  const mine = tally.mine;
  const full = event.capacity !== null && tally.going >= event.capacity && mine?.answer !== 'going';

  if (past) return <p style={{ ...card, margin: 0, color: theme.muted }}>This event has started, so answers are closed.</p>;
  if (!user) return <SignInPrompt text="Are you coming? Sign up or log in to answer." onSignIn={onSignIn} />;

  const answer = (choice: Answer | null) =>
    action.run(async () => {
      if (choice === null && mine) await rsvps.remove(mine.id);
      else if (choice && mine) await rsvps.update(mine.id, { answer: choice });
      else if (choice) await rsvps.create({ event: event.id, answer: choice });
    });

  return (
    <section aria-labelledby="rsvp-title" data-testid="rsvp" style={{ ...card, display: 'grid', gap: 12 }}>
      <h2 id="rsvp-title" style={{ margin: 0, fontSize: 19, fontFamily: theme.heading }}>{mine ? 'Your answer' : 'Are you coming?'}</h2>
      <div role="group" aria-label="Your answer" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {ANSWERS.map((a) => {
          const chosen = mine?.answer === a.id;
          const blocked = a.id === 'going' && full;
          return (
            <button
              key={a.id}
              type="button"
              data-testid={`rsvp-${a.id}`}
              aria-pressed={chosen}
              disabled={action.busy || blocked}
              onClick={() => answer(a.id)}
              style={{ ...button(chosen ? 'primary' : 'secondary'), opacity: blocked ? 0.5 : 1, cursor: blocked ? 'not-allowed' : 'pointer', boxShadow: chosen ? `0 0 0 3px ${alpha(theme.primary, 0.25)}` : 'none' }}
            >
              <span aria-hidden="true">{a.icon} </span>
              {a.label}
            </button>
          );
        })}
      </div>
      {full && <p style={{ margin: 0, fontSize: 14, color: theme.warning }}>The event is full. You can still say maybe, in case a place frees up.</p>}
      {mine && (
        <button type="button" disabled={action.busy} onClick={() => answer(null)} style={{ ...button('ghost', true), justifySelf: 'start', padding: 0 }}>
          Withdraw my answer
        </button>
      )}
      <FormError message={action.error} />
    </section>
  );
}
