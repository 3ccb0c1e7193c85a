import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { SERVICES, fromIso, loadBookings, newRef, saveBookings, slotsFor, startOfToday, validateDetails } from './booking';
import type { Booking, Details } from './booking';
import ServicePicker from './components/ServicePicker';
import Calendar from './components/Calendar';
import TimeSlots from './components/TimeSlots';
import DetailsForm from './components/DetailsForm';
import Summary from './components/Summary';
import Confirmation from './components/Confirmation';
import MyBookings from './components/MyBookings';

const EMPTY: Details = { name: '', email: '', phone: '', notes: '', firstVisit: 'yes', reminders: true, consent: false };

export default function App() {
  usePageSetup();
  const [initial] = useState(loadBookings);
  const [bookings, setBookings] = useState<Booking[]>(initial.bookings);
  const [storageOk, setStorageOk] = useState<boolean>(initial.ok);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [staff, setStaff] = useState<string>('any');
  const [month, setMonth] = useState<Date>(() => new Date(startOfToday().getFullYear(), startOfToday().getMonth(), 1));
  const [date, setDate] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>(EMPTY);
  const [showErrors, setShowErrors] = useState<boolean>(false);
  const [confirmed, setConfirmed] = useState<Booking | null>(null);

  useEffect(() => {
    if (!saveBookings(bookings)) setStorageOk(false);
  }, [bookings]);

  const service = SERVICES.find((s) => s.id === serviceId) ?? null;
  // Until a service is chosen, availability is shown for the shortest one.
  const sizing = service ?? SERVICES[1];
  const upcoming = bookings.filter((b) => fromIso(b.date) >= startOfToday()).sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  const slots = date ? slotsFor(fromIso(date), sizing, staff, upcoming) : [];

  // A change of service, practitioner or day can make the chosen time unavailable.
  useEffect(() => {
    if (time && !slots.some((s) => s.time === time && s.free)) setTime(null);
  });

  const detailErrors = validateDetails(details);
  const errors = {
    service: service ? undefined : 'Choose a service.',
    date: date ? undefined : 'Choose a day.',
    time: time ? undefined : date ? 'Choose a time.' : undefined,
  };
  const problemCount = [errors.service, errors.date, errors.time].filter(Boolean).length + Object.keys(detailErrors).length;

  const submit = () => {
    setShowErrors(true);
    const firstProblem = errors.service ? 'step-service' : errors.date || errors.time ? 'step-when' : Object.keys(detailErrors).length ? 'step-details' : null;
    if (firstProblem) {
      document.getElementById(firstProblem)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      return;
    }
    if (!service || !date || !time) return;
    const booking: Booking = { ref: newRef(), serviceId: service.id, serviceName: service.name, minutes: service.minutes, price: service.price, staff, date, time, name: details.name.trim(), email: details.email.trim(), createdAt: Date.now() };
    setBookings((list) => [...list, booking]);
    setConfirmed(booking);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  const reset = () => {
    setConfirmed(null);
    setServiceId(null);
    setDate(null);
    setTime(null);
    setDetails((d) => ({ ...EMPTY, name: d.name, email: d.email, phone: d.phone, firstVisit: 'no' }));
    setShowErrors(false);
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1160, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        {!storageOk && <p role="alert" style={{ margin: 0, color: theme.warning }}>This browser is not letting the page save, so your appointments will not be remembered here.</p>}
        <MyBookings bookings={upcoming} onCancel={(ref) => setBookings((list) => list.filter((b) => b.ref !== ref))} />
        {confirmed ? (
          <Confirmation booking={confirmed} onAnother={reset} />
        ) : (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(16px, 2.5vw, 24px)', alignItems: 'flex-start' }}>
            <div style={{ flex: '2 1 560px', minWidth: 0, display: 'grid', gap: 'clamp(16px, 2.5vw, 24px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
              <Step id="step-service" number={1} title="Choose a service">
                <ServicePicker serviceId={serviceId} staff={staff} error={showErrors ? errors.service : undefined} onService={setServiceId} onStaff={setStaff} />
              </Step>
              <Step id="step-when" number={2} title="Pick a day and time">
                <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 22, alignItems: 'start' }}>
                  <Calendar
                    month={month}
                    selected={date}
                    freeCount={(d) => slotsFor(d, sizing, staff, upcoming).filter((s) => s.free).length}
                    error={showErrors ? errors.date : undefined}
                    onMonth={(delta) => setMonth((m) => new Date(m.getFullYear(), m.getMonth() + delta, 1))}
                    onSelect={(iso) => {
                      setDate(iso);
                      setTime(null);
                    }}
                  />
                  <TimeSlots date={date} slots={slots} selected={time} minutes={sizing.minutes} error={showErrors ? errors.time : undefined} onSelect={setTime} />
                </div>
              </Step>
              <Step id="step-details" number={3} title="Your details">
                <DetailsForm values={details} errors={showErrors ? detailErrors : {}} onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))} />
              </Step>
            </div>
            <div style={{ flex: '1 1 300px', minWidth: 0, position: 'sticky', top: 16 }}>
              <Summary service={service} staff={staff} date={date} time={time} problems={showErrors ? problemCount : 0} onSubmit={submit} />
            </div>
          </div>
        )}
        <p style={{ margin: 0, fontSize: 13, color: theme.muted, textAlign: 'center' }}>Today is {new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })} · all times are local</p>
      </div>
    </div>
  );
}

function Step({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} style={{ scrollMarginTop: 16, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 26px)', boxShadow: theme.shadowSmall }}>
      <h2 id={`${id}-title`} style={{ margin: '0 0 16px', fontFamily: theme.heading, fontSize: 21, display: 'flex', alignItems: 'center', gap: 10 }}>
        <span aria-hidden="true" style={{ width: 30, height: 30, borderRadius: '50%', background: theme.primary, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontSize: 15, fontWeight: 800, flexShrink: 0 }}>{number}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}
