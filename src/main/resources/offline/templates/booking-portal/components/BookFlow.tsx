import { useState } from 'react';
import type { FormEvent } from 'react';
import { DataError, useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, field, grid, label, row, sectionTitle } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { dateTime, money } from '../kit/format';
import { useShell } from '../kit/Shell';
import { CURRENCY, bookings, dayKey, dayLabel, duration, takenSlots, timeLabel } from '../portal';
import type { Booking, Service, Slot, TakenSlot } from '../portal';

interface BookFlowProps {
  services: LiveList<Service>;
  slots: LiveList<Slot>;
  taken: TakenSlot[];
  onMine: () => void;
  onSetup: () => void;
}

/** Choose a service, a day and a free time, then confirm with contact details. */
export default function BookFlow({ services, slots, taken, onMine, onSetup }: BookFlowProps) {
  const { user } = useUser();
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [slotId, setSlotId] = useState<number | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [done, setDone] = useState<Booking | null>(null);

  const service = services.items.find((s) => s.id === serviceId) ?? null;
  const now = Date.now();
  const takenIds = new Set(taken.map((t) => t.slot));
  const open = slots.items.filter((s) => s.service === serviceId && new Date(s.startsAt).getTime() > now);
  const days = [...new Set(open.map((s) => dayKey(s.startsAt)))];
  const shownDay = day && days.includes(day) ? day : (days.find((d) => open.some((s) => dayKey(s.startsAt) === d && !takenIds.has(s.id))) ?? days[0] ?? null);
  const slot = open.find((s) => s.id === slotId && !takenIds.has(s.id)) ?? null;

  if (done) {
    return (
      <section data-testid="booking-confirmed" style={{ ...card, display: 'grid', gap: 12, justifyItems: 'center', textAlign: 'center', padding: 32 }}>
        <span aria-hidden="true" style={{ fontSize: 48 }}>📅</span>
        <h2 style={sectionTitle}>You're booked, {done.name}!</h2>
        <p style={{ margin: 0, color: theme.muted }}>
          {services.items.find((s) => s.id === done.service)?.name ?? 'Your appointment'} on <strong>{dateTime(done.startsAt)}</strong>. Booking reference #{done.id}.
        </p>
        <div style={row}>
          <button type="button" onClick={onMine} style={button('primary')}>See my bookings</button>
          <button type="button" onClick={() => { setDone(null); setSlotId(null); }} style={button('secondary')}>Book another</button>
        </div>
      </section>
    );
  }

  const noServices = (
    <Empty icon="🗓️" title="Nothing to book yet" testId="no-services">
      {user?.admin ? (
        <>
          <span>Add your services and open some times, and visitors can book right away.</span>
          <button type="button" onClick={onSetup} style={button('primary')}>Set up services & times</button>
        </>
      ) : (
        <span>Bookings open soon. Please check back later.</span>
      )}
    </Empty>
  );

  return (
    <div style={{ display: 'grid', gap: 22 }}>
      <section aria-labelledby="step-service" style={{ display: 'grid', gap: 12 }}>
        <h2 id="step-service" style={sectionTitle}>1. Choose a service</h2>
        <ListState list={services} empty={noServices} loadingLabel="Loading services…">
          <div role="radiogroup" aria-labelledby="step-service" style={grid(220, 12)}>
            {services.items.map((s) => {
              const chosen = s.id === serviceId;
              return (
                <button key={s.id} type="button" role="radio" aria-checked={chosen} data-testid="service" onClick={() => { setServiceId(s.id); setSlotId(null); setDay(null); }} style={{ ...card, textAlign: 'left', cursor: 'pointer', color: theme.text, fontFamily: theme.body, border: `2px solid ${chosen ? theme.primary : theme.border}`, background: chosen ? alpha(theme.primary, 0.07) : theme.surface, display: 'grid', gap: 6 }}>
                  <strong style={{ fontSize: 16 }}>{s.name}</strong>
                  {s.description && <span style={{ color: theme.muted, fontSize: 14 }}>{s.description}</span>}
                  <span style={{ fontSize: 14 }}>{duration(s.durationMinutes)} · {s.price > 0 ? money(s.price, CURRENCY) : 'Free'}</span>
                </button>
              );
            })}
          </div>
        </ListState>
      </section>

      {service && (
        <section aria-labelledby="step-time" style={{ display: 'grid', gap: 12 }}>
          <h2 id="step-time" style={sectionTitle}>2. Pick a time</h2>
          {open.length === 0 ? (
            <Empty icon="⏳" title="No free times for this service right now">Try another service, or check back soon.</Empty>
          ) : (
            <>
              <div role="tablist" aria-label="Days" style={{ ...row, gap: 6 }}>
                {days.map((d) => {
                  const free = open.filter((s) => dayKey(s.startsAt) === d && !takenIds.has(s.id)).length;
                  return (
                    <button key={d} type="button" role="tab" aria-selected={d === shownDay} onClick={() => setDay(d)} style={{ ...button(d === shownDay ? 'primary' : 'secondary', true), borderRadius: 999 }}>
                      {dayLabel(d)} <span style={{ opacity: 0.8 }}>({free} free)</span>
                    </button>
                  );
                })}
              </div>
              <div role="radiogroup" aria-label="Times" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))', gap: 8 }}>
                {open
                  .filter((s) => dayKey(s.startsAt) === shownDay)
                  .map((s) => {
                    const isTaken = takenIds.has(s.id);
                    const chosen = s.id === slot?.id;
                    return (
                      <button key={s.id} type="button" role="radio" aria-checked={chosen} data-testid={isTaken ? 'slot-taken' : 'slot'} disabled={isTaken} onClick={() => setSlotId(s.id)} style={{ ...button(chosen ? 'primary' : 'secondary', true, isTaken), padding: '10px 8px', textDecoration: isTaken ? 'line-through' : 'none' }}>
                        {timeLabel(s.startsAt)}
                        {isTaken && <span style={{ display: 'block', fontSize: 11, fontWeight: 500 }}>Booked</span>}
                      </button>
                    );
                  })}
              </div>
            </>
          )}
        </section>
      )}

      {service && slot && <Details service={service} slot={slot} onBooked={setDone} />}
    </div>
  );
}

function Details({ service, slot, onBooked }: { service: Service; slot: Slot; onBooked: (booking: Booking) => void }) {
  const { user } = useUser();
  const { askToSignIn } = useShell();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const summary = (
    <p style={{ margin: 0, fontSize: 16 }}>
      <strong>{service.name}</strong> on <strong>{dateTime(slot.startsAt)}</strong> ({duration(service.durationMinutes)}{service.price > 0 ? `, ${money(service.price, CURRENCY)}` : ''})
    </p>
  );

  if (!user) {
    return (
      <section style={{ ...card, display: 'grid', gap: 12 }}>
        <h2 style={sectionTitle}>3. Confirm</h2>
        {summary}
        <p style={{ margin: 0, color: theme.muted }}>Sign in so you can see, change or cancel your booking later.</p>
        <div style={row}>
          <button type="button" data-testid="book-sign-up" onClick={() => askToSignIn('signup', 'Create an account to confirm your booking.')} style={button('primary')}>Sign up to book</button>
          <button type="button" onClick={() => askToSignIn('login', 'Log in to confirm your booking.')} style={button('secondary')}>Log in</button>
        </div>
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const who = name.trim() || user.name || '';
    if (!who) return setError(new Error('Tell us your name.'));
    setBusy(true);
    setError(null);
    try {
      const booking = await bookings.create({ slot: slot.id, service: service.id, startsAt: slot.startsAt, name: who, email: user.email, phone: phone.trim() || null, notes: notes.trim() || null });
      // Mark the time as gone for everyone else; the booking itself already holds the slot.
      await takenSlots.create({ slot: slot.id, startsAt: slot.startsAt }).catch(() => undefined);
      onBooked(booking);
    } catch (problem) {
      setError(problem instanceof DataError && problem.status === 409 ? new Error('Someone has just booked that time. Please pick another one.') : problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="step-confirm" style={{ ...card, display: 'grid', gap: 12 }}>
      <h2 id="step-confirm" style={sectionTitle}>3. Confirm</h2>
      {summary}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))' }}>
        <label style={label}>
          Name
          <input data-testid="booking-name" autoComplete="name" value={name} placeholder={user.name ?? ''} maxLength={120} onChange={(e) => setName(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Phone (optional)
          <input type="tel" autoComplete="tel" value={phone} maxLength={40} onChange={(e) => setPhone(e.target.value)} style={field} />
        </label>
      </div>
      <label style={label}>
        Anything we should know? (optional)
        <textarea rows={2} value={notes} maxLength={1000} onChange={(e) => setNotes(e.target.value)} style={{ ...field, resize: 'vertical' }} />
      </label>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="confirm-booking" disabled={busy} style={button('primary', false, busy)}>
          {busy ? 'Booking…' : 'Confirm booking'}
        </button>
        <span style={{ fontSize: 13, color: theme.muted }}>We'll use {user.email} for reminders.</span>
      </div>
    </form>
  );
}
