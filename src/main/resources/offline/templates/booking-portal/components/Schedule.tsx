import { useState } from 'react';
import { useCollection } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, row, toneColor } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { bookings, dayKey, dayLabel, timeLabel } from '../portal';
import type { Booking, BookingStatus, Service } from '../portal';
import { cancelBooking } from './MyBookings';

/** The owner's diary: every booking from today on, by day, live. */
export default function Schedule({ services, today }: { services: Service[]; today: string }) {
  return (
    <Section id="schedule" title="All bookings" admin reason="Sign in as the owner to see every booking.">
      <Diary services={services} today={today} />
    </Section>
  );
}

function Diary({ services, today }: { services: Service[]; today: string }) {
  const all = useCollection<Booking>('bookings', { where: { startsAt: { gte: today } }, sort: 'startsAt', limit: 200 });
  const { notify } = useShell();
  const [busy, setBusy] = useState<number | null>(null);

  const act = async (b: Booking, status: BookingStatus | 'cancel') => {
    setBusy(b.id);
    try {
      if (status === 'cancel') await cancelBooking(b);
      else await bookings.update(b.id, { status });
      notify(status === 'cancel' ? `Cancelled ${b.name}'s booking.` : `Marked ${b.name} as ${status}.`);
    } catch (e) {
      notify(problemText(e));
    } finally {
      setBusy(null);
    }
  };

  const days = [...new Set(all.items.map((b) => dayKey(b.startsAt)))];
  return (
    <ListState list={all} loadingLabel="Loading bookings…" empty={<Empty icon="🗓️" title="No bookings yet" testId="no-bookings">New bookings show up here the moment they are made.</Empty>}>
      {days.map((d) => (
        <div key={d} style={{ display: 'grid', gap: 8 }}>
          <h3 style={{ margin: 0, fontSize: 16, color: theme.muted }}>{dayLabel(d)}</h3>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
            {all.items
              .filter((b) => dayKey(b.startsAt) === d)
              .map((b) => (
                <li key={b.id} data-testid="booking" style={{ ...card, padding: 14, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
                  <strong style={{ fontSize: 18, minWidth: 64 }}>{timeLabel(b.startsAt)}</strong>
                  <div style={{ flex: '1 1 220px', minWidth: 0, display: 'grid', gap: 2 }}>
                    <span style={{ fontWeight: 700 }}>{b.name}</span>
                    <span style={{ fontSize: 14, color: theme.muted, overflowWrap: 'anywhere' }}>
                      {services.find((s) => s.id === b.service)?.name ?? 'Service'} · <a href={`mailto:${b.email}`} style={{ color: theme.primaryOnSurface }}>{b.email}</a>
                      {b.phone ? ` · ${b.phone}` : ''}
                    </span>
                    {b.notes && <span style={{ fontSize: 14 }}>“{b.notes}”</span>}
                  </div>
                  {b.status !== 'booked' ? (
                    <span style={chip(toneColor(b.status === 'attended' ? 'success' : 'danger'))}>{b.status === 'attended' ? 'Attended' : 'No-show'}</span>
                  ) : (
                    <span style={row}>
                      <button type="button" disabled={busy === b.id} onClick={() => act(b, 'attended')} style={button('secondary', true)}>Attended</button>
                      <button type="button" disabled={busy === b.id} onClick={() => act(b, 'no-show')} style={button('ghost', true)}>No-show</button>
                      <button type="button" disabled={busy === b.id} onClick={() => act(b, 'cancel')} style={button('ghost', true)}>Cancel</button>
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </ListState>
  );
}
