import { useState } from 'react';
import type { FormEvent } from 'react';
import { DataError } from 'faibric/data';
import { theme } from '../theme';
import { button, card, field, label, row } from '../kit/ui';
import { Empty, FormMessage, ListState } from '../kit/States';
import type { LiveList } from '../kit/States';
import { money, problemText } from '../kit/format';
import { Section, useShell } from '../kit/Shell';
import { CURRENCY, SAMPLE_SERVICES, dayKey, dayLabel, duration, services as serviceRows, slotTimes, slots as slotRows, timeLabel } from '../portal';
import type { Service, Slot, TakenSlot } from '../portal';

interface AvailabilityProps {
  services: LiveList<Service>;
  slots: Slot[];
  taken: TakenSlot[];
}

/** The owner's setup: the services offered and the times open for booking. */
export default function Availability(props: AvailabilityProps) {
  return (
    <Section id="setup" title="Services & times" admin reason="Sign in as the owner to set up services and times.">
      <Setup {...props} />
    </Section>
  );
}

function Setup({ services, slots, taken }: AvailabilityProps) {
  const { notify } = useShell();
  const [editing, setEditing] = useState<Service | null>(null);
  const takenIds = new Set(taken.map((t) => t.slot));

  const addSamples = async () => {
    try {
      for (const s of SAMPLE_SERVICES) await serviceRows.create(s);
      notify('Sample services added.');
    } catch (e) {
      notify(problemText(e));
    }
  };

  return (
    <div style={{ display: 'grid', gap: 20, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))', alignItems: 'start' }}>
      <div style={{ display: 'grid', gap: 14 }}>
        <ServiceForm key={editing?.id ?? 'new'} service={editing} onDone={() => setEditing(null)} />
        <ListState
          list={services}
          empty={
            <Empty icon="✂️" title="No services yet">
              <button type="button" onClick={addSamples} style={button('secondary', true)}>Add sample services</button>
            </Empty>
          }
        >
          {services.items.map((s) => (
            <div key={s.id} data-testid="managed-service" style={{ ...card, padding: 12, display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center' }}>
              <div style={{ flex: '1 1 160px' }}>
                <strong>{s.name}</strong>
                <div style={{ fontSize: 13, color: theme.muted }}>{duration(s.durationMinutes)} · {s.price > 0 ? money(s.price, CURRENCY) : 'Free'}</div>
              </div>
              <button type="button" onClick={() => setEditing(s)} style={button('secondary', true)}>Edit</button>
              <button type="button" aria-label={`Delete ${s.name}`} onClick={() => serviceRows.remove(s.id).catch((e) => notify(problemText(e)))} style={button('ghost', true)}>Delete</button>
            </div>
          ))}
        </ListState>
      </div>
      <div style={{ display: 'grid', gap: 14 }}>
        <OpenTimes services={services.items} />
        <div style={{ ...card, display: 'grid', gap: 10 }}>
          <h3 style={{ margin: 0, fontSize: 17 }}>Open times ({slots.length})</h3>
          {slots.length === 0 && <p style={{ margin: 0, color: theme.muted }}>No times open yet. Open some with the form above.</p>}
          {[...new Set(slots.map((s) => dayKey(s.startsAt)))].map((d) => (
            <div key={d} style={{ display: 'grid', gap: 6 }}>
              <strong style={{ fontSize: 14 }}>{dayLabel(d)}</strong>
              <div style={{ ...row, gap: 6 }}>
                {slots
                  .filter((s) => dayKey(s.startsAt) === d)
                  .map((s) => {
                    const name = services.items.find((x) => x.id === s.service)?.name ?? '';
                    return takenIds.has(s.id) ? (
                      <span key={s.id} title={`${name}: booked`} style={{ ...button('primary', true), cursor: 'default' }}>{timeLabel(s.startsAt)} · booked</span>
                    ) : (
                      <button key={s.id} type="button" title={`${name}: remove this time`} aria-label={`Remove ${name} at ${timeLabel(s.startsAt)}`} onClick={() => slotRows.remove(s.id).catch((e) => notify(problemText(e)))} style={button('secondary', true)}>
                        {timeLabel(s.startsAt)} ✕
                      </button>
                    );
                  })}
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

function ServiceForm({ service, onDone }: { service: Service | null; onDone: () => void }) {
  const { notify } = useShell();
  const [name, setName] = useState(service?.name ?? '');
  const [description, setDescription] = useState(service?.description ?? '');
  const [minutes, setMinutes] = useState(String(service?.durationMinutes ?? 60));
  const [price, setPrice] = useState(String(service?.price ?? 0));
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = { name: name.trim(), description: description.trim() || null, durationMinutes: Number(minutes), price: Number(price) };
    if (!values.name) return setError(new Error('Name the service.'));
    if (!Number.isInteger(values.durationMinutes) || values.durationMinutes < 5) return setError(new Error('A service lasts at least 5 minutes.'));
    if (!Number.isFinite(values.price) || values.price < 0) return setError(new Error('Enter a price of 0 or more.'));
    try {
      if (service) await serviceRows.update(service.id, values);
      else await serviceRows.create(values);
      notify(service ? 'Service saved.' : `Added ${values.name}.`);
      setError(null);
      if (!service) setName('');
      onDone();
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <form onSubmit={submit} noValidate style={{ ...card, display: 'grid', gap: 10 }}>
      <h3 style={{ margin: 0, fontSize: 17 }}>{service ? `Edit ${service.name}` : 'Add a service'}</h3>
      <label style={label}>
        Name
        <input data-testid="service-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Description
        <input value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} style={field} />
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 10 }}>
        <label style={label}>
          Minutes
          <input data-testid="service-minutes" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Price ({CURRENCY})
          <input data-testid="service-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} style={field} />
        </label>
      </div>
      <FormMessage error={error} />
      <div style={row}>
        <button type="submit" data-testid="service-save" style={button('primary')}>{service ? 'Save' : 'Add service'}</button>
        {service && <button type="button" onClick={onDone} style={button('secondary')}>Cancel</button>}
      </div>
    </form>
  );
}

function OpenTimes({ services }: { services: Service[] }) {
  const { notify } = useShell();
  const [serviceId, setServiceId] = useState('');
  const [day, setDay] = useState(() => dayKey(new Date(Date.now() + 86_400_000)));
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('17:00');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const service = services.find((s) => String(s.id) === serviceId) ?? services[0];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!service) return setError(new Error('Add a service first.'));
    const times = slotTimes(day, from, to, service.durationMinutes).filter((t) => new Date(t).getTime() > Date.now());
    if (times.length === 0) return setError(new Error('No whole appointment fits between those times.'));
    setBusy(true);
    setError(null);
    let opened = 0;
    try {
      for (const startsAt of times) {
        try {
          await slotRows.create({ service: service.id, startsAt });
          opened++;
        } catch (problem) {
          // A time that is already open is fine; anything else stops.
          if (!(problem instanceof DataError && problem.status === 409)) throw problem;
        }
      }
      notify(`Opened ${opened} ${opened === 1 ? 'time' : 'times'} for ${service.name} on ${dayLabel(day)}.`);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate style={{ ...card, display: 'grid', gap: 10 }}>
      <h3 style={{ margin: 0, fontSize: 17 }}>Open times for booking</h3>
      <label style={label}>
        Service
        <select data-testid="open-service" value={service ? String(service.id) : ''} onChange={(e) => setServiceId(e.target.value)} style={field}>
          {services.map((s) => (
            <option key={s.id} value={s.id}>{s.name} ({duration(s.durationMinutes)})</option>
          ))}
        </select>
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: 10 }}>
        <label style={label}>
          Day
          <input data-testid="open-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} style={field} />
        </label>
        <label style={label}>
          From
          <input data-testid="open-from" type="time" value={from} onChange={(e) => setFrom(e.target.value)} style={field} />
        </label>
        <label style={label}>
          Until
          <input data-testid="open-to" type="time" value={to} onChange={(e) => setTo(e.target.value)} style={field} />
        </label>
      </div>
      <FormMessage error={error} />
      <button type="submit" data-testid="open-times" disabled={busy || !service} style={button('primary', false, busy || !service)}>
        {busy ? 'Opening…' : 'Open these times'}
      </button>
    </form>
  );
}
