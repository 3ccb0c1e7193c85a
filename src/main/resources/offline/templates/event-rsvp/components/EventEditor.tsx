import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { card, field, label } from '../ui';
import { useRowEditor } from '../form';
import { go, href } from '../route';
import { draftOf, eventProblem, valuesOf } from '../events';
import type { Event, EventDraft } from '../events';
import { AdminOnly, FormActions, Loading } from './States';

/** Creating or editing an event; only the app's admin may. */
export default function EventEditor({ id }: { id: number | null }) {
  const { user, loading: userLoading } = useUser();
  const { draft, setDraft, loading, form } = useRowEditor<Event, EventDraft>('events', id, { draftOf, problem: eventProblem, values: valuesOf, saved: (row) => go('event', row.id) });

  if (userLoading || loading) return <Loading what="the editor" />;
  if (!user?.admin) {
    return <AdminOnly title="Only the organiser creates events" back={<a href={href()} style={{ color: theme.primaryInk, fontWeight: 600 }}>← All events</a>} />;
  }

  const input = (key: keyof EventDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
    style: field,
  });

  return (
    <form onSubmit={form.submit} noValidate data-testid="event-editor" aria-labelledby="editor-title" style={{ ...card, maxWidth: 760, margin: '0 auto', display: 'grid', gap: 16 }}>
      <h2 id="editor-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 26 }}>{id !== null ? 'Edit event' : 'New event'}</h2>
      <label style={label}>
        Title
        <input data-testid="event-title-input" {...input('title')} />
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 14 }}>
        <label style={label}>
          Starts
          <input data-testid="event-starts" type="datetime-local" {...input('startsAt')} />
        </label>
        <label style={label}>
          Ends (optional)
          <input data-testid="event-ends" type="datetime-local" {...input('endsAt')} />
        </label>
        <label style={label}>
          Places (optional)
          <input data-testid="event-capacity" type="number" min={1} inputMode="numeric" {...input('capacity')} />
        </label>
      </div>
      <label style={label}>
        Place (optional)
        <input data-testid="event-place" placeholder="e.g. Community hall, 12 Mill Lane" {...input('place')} />
      </label>
      <label style={label}>
        Picture address (optional)
        <input data-testid="event-image" type="url" placeholder="https://…" {...input('image')} />
      </label>
      <label style={label}>
        Description (optional)
        <textarea data-testid="event-description" rows={6} {...input('description')} style={{ ...field, resize: 'vertical', lineHeight: 1.55 }} />
      </label>
      <FormActions form={form} label={id !== null ? 'Save changes' : 'Create event'} cancel={id !== null ? href('event', id) : href()} testId="save-event" />
    </form>
  );
}
