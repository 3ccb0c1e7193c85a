import { useState } from 'react';
import { useCollection } from 'faibric/data';
import { theme } from '../theme';
import { button, card, chip, row, toneColor } from '../kit/ui';
import { Empty, ListState } from '../kit/States';
import { dateTime, problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { bookings, takenSlots } from '../portal';
import type { Booking, Service } from '../portal';

export default function MyBookings({ services, onBook }: { services: Service[]; onBook: () => void }) {
  return (
    <Section id="mine" title="My bookings" reason="Sign in to see and cancel your bookings.">
      <Mine services={services} onBook={onBook} />
    </Section>
  );
}

/** Cancelling deletes the booking and frees its time for others. */
export async function cancelBooking(booking: Booking): Promise<void> {
  await bookings.remove(booking.id);
  const holds = await takenSlots.list({ where: { slot: booking.slot }, limit: 5 });
  for (const hold of holds.items) await takenSlots.remove(hold.id).catch(() => undefined);
}

function Mine({ services, onBook }: { services: Service[]; onBook: () => void }) {
  const mine = useCollection<Booking>('bookings', { where: { owner: 'me' }, sort: 'startsAt', limit: 100 });
  const { notify } = useShell();
  const [confirm, setConfirm] = useState<number | null>(null);
  const now = Date.now();
  const upcoming = mine.items.filter((b) => new Date(b.startsAt).getTime() >= now);
  const past = mine.items.filter((b) => new Date(b.startsAt).getTime() < now).reverse();

  const cancel = async (booking: Booking) => {
    try {
      await cancelBooking(booking);
      notify('Your booking is cancelled.');
    } catch (e) {
      notify(problemText(e));
    }
    setConfirm(null);
  };

  const item = (b: Booking, canCancel: boolean) => (
    <li key={b.id} data-testid="my-booking" style={{ ...card, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
      <div style={{ display: 'grid', gap: 4 }}>
        <strong>{services.find((s) => s.id === b.service)?.name ?? 'Appointment'}</strong>
        <span style={{ color: theme.muted, fontSize: 14 }}>{dateTime(b.startsAt)} · ref #{b.id}</span>
      </div>
      {b.status !== 'booked' && <span style={chip(toneColor(b.status === 'attended' ? 'success' : 'danger'))}>{b.status === 'attended' ? 'Attended' : 'Missed'}</span>}
      {canCancel &&
        (confirm === b.id ? (
          <span role="alert" style={row}>
            Cancel this booking?
            <button type="button" data-testid="confirm-cancel" onClick={() => cancel(b)} style={button('danger', true)}>Yes, cancel</button>
            <button type="button" onClick={() => setConfirm(null)} style={button('secondary', true)}>Keep it</button>
          </span>
        ) : (
          <button type="button" data-testid="cancel-booking" onClick={() => setConfirm(b.id)} style={button('secondary', true)}>Cancel</button>
        ))}
    </li>
  );

  return (
    <ListState
      list={mine}
      loadingLabel="Loading your bookings…"
      empty={
        <Empty icon="📭" title="No bookings yet" testId="no-bookings">
          <button type="button" onClick={onBook} style={button('primary')}>Book a time</button>
        </Empty>
      }
    >
      <h3 style={{ margin: 0, fontSize: 17 }}>Upcoming</h3>
      {upcoming.length === 0 ? <p style={{ margin: 0, color: theme.muted }}>Nothing coming up.</p> : <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>{upcoming.map((b) => item(b, true))}</ul>}
      {past.length > 0 && (
        <>
          <h3 style={{ margin: 0, fontSize: 17 }}>Past</h3>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>{past.map((b) => item(b, false))}</ul>
        </>
      )}
    </ListState>
  );
}
