import { useEffect, useState } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { CLASSES, CLASS_TYPES, DAYS, TRAINERS, endTime, loadBookings, saveBookings, todayIndex } from '../content';
import type { ClassType, GymClass } from '../content';

export default function Timetable() {
  const compact = useViewportWidth() < 960;
  const today = todayIndex();
  const [filter, setFilter] = useState<ClassType | 'All'>('All');
  const [day, setDay] = useState<number>(today);
  const [selected, setSelected] = useState<string | null>(null);
  const [bookings, setBookings] = useState<string[]>(loadBookings);
  const [storageOk, setStorageOk] = useState<boolean>(true);
  const [message, setMessage] = useState<string>('');
  useEffect(() => {
    if (!saveBookings(bookings)) setStorageOk(false);
  }, [bookings]);

  const isBooked = (c: GymClass) => bookings.includes(c.id);
  const isWaiting = (c: GymClass) => bookings.includes(`wait:${c.id}`);
  const spotsLeft = (c: GymClass) => Math.max(0, c.capacity - c.booked - (isBooked(c) ? 1 : 0));
  const visible = CLASSES.filter((c) => filter === 'All' || c.type === filter);
  const myCount = CLASSES.filter((c) => isBooked(c)).length;

  const toggle = (c: GymClass) => {
    if (isBooked(c)) {
      setBookings((b) => b.filter((x) => x !== c.id));
      setMessage(`Cancelled your spot in ${c.name} on ${DAYS[c.day]}.`);
    } else if (isWaiting(c)) {
      setBookings((b) => b.filter((x) => x !== `wait:${c.id}`));
      setMessage(`Left the waitlist for ${c.name}.`);
    } else if (spotsLeft(c) === 0) {
      setBookings((b) => [...b, `wait:${c.id}`]);
      setMessage(`You’re on the waitlist for ${c.name}. We’ll text you if a spot opens.`);
    } else {
      setBookings((b) => [...b, c.id]);
      setMessage(`Booked: ${c.name}, ${DAYS[c.day]} at ${c.start}. See you there!`);
    }
  };

  const icon = (t: ClassType) => CLASS_TYPES.find((x) => x.id === t)?.icon ?? '';
  const trainerName = (id: string) => TRAINERS.find((t) => t.id === id)?.name ?? '';

  const bookButton = (c: GymClass, full = false) => {
    const booked = isBooked(c);
    const waiting = isWaiting(c);
    const noSpots = spotsLeft(c) === 0 && !booked;
    return (
      <button
        type="button"
        data-testid="book-class"
        aria-pressed={booked || waiting}
        onClick={() => toggle(c)}
        style={{ width: full ? '100%' : undefined, padding: '10px 16px', borderRadius: 10, border: booked || waiting ? `2px solid ${theme.borderStrong}` : 'none', background: booked || waiting ? 'transparent' : noSpots ? theme.text : theme.primary, color: booked || waiting ? theme.text : noSpots ? theme.background : theme.onPrimary, fontWeight: 800, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
      >
        {booked ? 'Cancel booking' : waiting ? 'Leave waitlist' : noSpots ? 'Join waitlist' : 'Book a spot'}
      </button>
    );
  };

  const status = (c: GymClass) => {
    const left = spotsLeft(c);
    if (isBooked(c)) return <span style={{ color: theme.success, fontWeight: 800 }}>Booked ✓</span>;
    if (isWaiting(c)) return <span style={{ color: theme.warning, fontWeight: 800 }}>On waitlist</span>;
    if (left === 0) return <span style={{ color: theme.danger, fontWeight: 700 }}>Full</span>;
    return <span style={{ color: left <= 3 ? theme.warning : theme.muted, fontWeight: left <= 3 ? 700 : 500 }}>{left} {left === 1 ? 'spot' : 'spots'} left</span>;
  };

  const card = (c: GymClass) => {
    const active = selected === c.id;
    const booked = isBooked(c);
    return (
      <button
        key={c.id}
        type="button"
        data-testid="class-slot"
        data-id={c.id}
        aria-pressed={active}
        onClick={() => setSelected(active ? null : c.id)}
        style={{ display: 'block', width: '100%', textAlign: 'left', padding: '10px 10px', borderRadius: 12, border: `2px solid ${active ? theme.primary : booked ? alpha(theme.success, 0.6) : theme.border}`, background: booked ? alpha(theme.success, 0.08) : theme.surface, color: theme.text, cursor: 'pointer', fontFamily: theme.body, boxShadow: active ? theme.shadow : 'none' }}
      >
        <div style={{ fontSize: 12, fontWeight: 800, color: theme.muted, fontVariantNumeric: 'tabular-nums' }}>{c.start}–{endTime(c.start, c.minutes)}</div>
        <div style={{ fontWeight: 800, fontSize: 14, lineHeight: 1.25, marginTop: 2 }}>{icon(c.type)} {c.name}</div>
        <div style={{ fontSize: 12, marginTop: 4 }}>{status(c)}</div>
      </button>
    );
  };

  const details = (c: GymClass) => {
    const t = TRAINERS.find((x) => x.id === c.trainer);
    return (
      <div data-testid="class-details" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', justifyContent: 'space-between', padding: 18, borderRadius: 16, background: theme.surface, border: `2px solid ${theme.primary}`, boxShadow: theme.shadow }}>
        <div style={{ minWidth: 0 }}>
          <div style={{ fontSize: 13, fontWeight: 800, textTransform: 'uppercase', letterSpacing: '0.08em', color: theme.primaryOnSurface }}>{icon(c.type)} {c.type} · {c.level}</div>
          <div style={{ fontFamily: theme.heading, fontWeight: 900, fontSize: 22, marginTop: 2 }}>{c.name}</div>
          <div style={{ color: theme.muted, marginTop: 2 }}>{DAYS[c.day]} {c.start}–{endTime(c.start, c.minutes)} · {c.minutes} min · with {t?.name} · {status(c)}{isBooked(c) ? ` · ${spotsLeft(c)} of ${c.capacity} spots free` : ''}</div>
          <div style={{ fontSize: 14, marginTop: 6 }}>{CLASS_TYPES.find((x) => x.id === c.type)?.blurb}</div>
        </div>
        {bookButton(c)}
      </div>
    );
  };

  const selectedClass = CLASSES.find((c) => c.id === selected) ?? null;

  return (
    <section id="classes" style={{ scrollMarginTop: 70, maxWidth: 1240, margin: '0 auto', padding: 'clamp(48px, 8vw, 96px) clamp(16px, 4vw, 40px)' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16, flexWrap: 'wrap' }}>
        <div>
          <p style={{ margin: 0, fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Timetable</p>
          <h2 style={{ margin: '8px 0 0', fontFamily: theme.heading, fontWeight: 900, fontSize: 'clamp(30px, 4.5vw, 48px)', lineHeight: 1.05, textTransform: 'uppercase' }}>This week’s classes</h2>
        </div>
        <p data-testid="my-bookings" style={{ margin: 0, fontWeight: 700 }}>
          {myCount === 0 ? 'No classes booked yet' : `You’re booked into ${myCount} ${myCount === 1 ? 'class' : 'classes'}`}
        </p>
      </div>
      <div role="group" aria-label="Class type" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '22px 0 18px' }}>
        {(['All', ...CLASS_TYPES.map((t) => t.id)] as (ClassType | 'All')[]).map((t) => (
          <button key={t} type="button" data-testid={`type-${t.toLowerCase()}`} aria-pressed={filter === t} onClick={() => setFilter(t)} style={{ padding: '8px 14px', borderRadius: 999, border: `1.5px solid ${filter === t ? theme.primary : theme.border}`, background: filter === t ? theme.primary : 'transparent', color: filter === t ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
            {t === 'All' ? 'All classes' : `${icon(t)} ${t}`}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" data-testid="booking-message" style={{ margin: '0 0 12px', minHeight: 22, fontWeight: 600, color: theme.primaryInk }}>{message}</p>

      {compact ? (
        <>
          <div role="tablist" aria-label="Day" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4, marginBottom: 14 }}>
            {DAYS.map((d, i) => (
              <button key={d} type="button" role="tab" aria-selected={day === i} aria-label={d} data-testid={`day-${i}`} onClick={() => setDay(i)} style={{ padding: '10px 0', borderRadius: 10, border: `1.5px solid ${day === i ? theme.primary : theme.border}`, background: day === i ? theme.primary : theme.surface, color: day === i ? theme.onPrimary : theme.text, fontWeight: 800, fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}>
                {d.slice(0, 3)}
                {i === today && <span aria-hidden="true" style={{ display: 'block', width: 5, height: 5, borderRadius: '50%', background: day === i ? theme.onPrimary : theme.primary, margin: '3px auto 0' }} />}
              </button>
            ))}
          </div>
          <div style={{ display: 'grid', gap: 10 }}>
            {visible.filter((c) => c.day === day).length === 0 && <p style={{ color: theme.muted }}>No {filter === 'All' ? '' : filter + ' '}classes on {DAYS[day]}. Try another day.</p>}
            {visible
              .filter((c) => c.day === day)
              .map((c) => (
                <div key={c.id} data-testid="class-slot" data-id={c.id} style={{ padding: 14, borderRadius: 14, border: `1.5px solid ${isBooked(c) ? alpha(theme.success, 0.6) : theme.border}`, background: isBooked(c) ? alpha(theme.success, 0.08) : theme.surface, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
                  <div style={{ fontWeight: 900, fontSize: 17, fontVariantNumeric: 'tabular-nums', width: 56 }}>{c.start}</div>
                  <div style={{ flex: '1 1 160px', minWidth: 0 }}>
                    <div style={{ fontWeight: 800 }}>{icon(c.type)} {c.name}</div>
                    <div style={{ fontSize: 13, color: theme.muted }}>{c.minutes} min · {trainerName(c.trainer)} · {c.level}</div>
                    <div style={{ fontSize: 13, marginTop: 2 }}>{status(c)}</div>
                  </div>
                  {bookButton(c)}
                </div>
              ))}
          </div>
        </>
      ) : (
        <>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 8 }}>
            {DAYS.map((d, i) => (
              <div key={d} style={{ minWidth: 0 }}>
                <div style={{ padding: '8px 10px', borderRadius: 10, marginBottom: 8, fontWeight: 900, fontSize: 14, textTransform: 'uppercase', letterSpacing: '0.05em', background: i === today ? theme.primary : theme.subtle, color: i === today ? theme.onPrimary : theme.text }}>
                  {d.slice(0, 3)} {i === today && <span style={{ fontWeight: 700, fontSize: 11 }}>· today</span>}
                </div>
                <div style={{ display: 'grid', gap: 8 }}>
                  {visible.filter((c) => c.day === i).map(card)}
                  {visible.filter((c) => c.day === i).length === 0 && <p style={{ margin: '4px 2px', fontSize: 13, color: theme.muted }}>—</p>}
                </div>
              </div>
            ))}
          </div>
          <div style={{ marginTop: 16, minHeight: 20 }}>
            {selectedClass ? details(selectedClass) : <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>Select a class to see the details and book a spot.</p>}
          </div>
        </>
      )}
      {!storageOk && <p role="alert" style={{ color: theme.warning, marginTop: 12 }}>This browser is not letting the site save your bookings; they last until you close the page.</p>}
    </section>
  );
}
