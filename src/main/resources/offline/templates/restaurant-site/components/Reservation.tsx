import { useEffect, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';
import { CONTACT, DAY_NAMES, HOURS, MAX_PARTY, formatTime, slotsFor } from '../content';

interface Booking {
  date: string;
  time: number;
  guests: number;
  name: string;
  phone: string;
  email: string;
  occasion: string;
  notes: string;
}

type Field = 'date' | 'time' | 'name' | 'contact' | 'email' | 'notes';

const OCCASIONS = ['', 'Birthday', 'Anniversary', 'Business dinner', 'Date night', 'Celebration'];
const STORAGE_KEY = `reservation:${config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const DAYS_AHEAD = 90;

function toKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fromKey(key: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function longDate(key: string): string {
  const d = fromKey(key);
  return d ? new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(d) : key;
}

function loadBooking(): Booking | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const b = JSON.parse(raw) as Booking;
    const d = fromKey(b.date);
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    return d && d >= today && typeof b.time === 'number' && typeof b.name === 'string' ? b : null;
  } catch {
    return null;
  }
}

function validate(b: Booking, now: Date): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {};
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const date = fromKey(b.date);
  if (!b.date) e.date = 'Pick a date.';
  else if (!date) e.date = 'Use the date picker, please.';
  else if (date < today) e.date = 'That date has passed: pick today or later.';
  else if (date.getTime() > today.getTime() + DAYS_AHEAD * 86_400_000) e.date = `We take bookings up to ${DAYS_AHEAD} days ahead.`;
  else if (HOURS[date.getDay()].length === 0) {
    const next = [1, 2, 3, 4, 5, 6].map((i) => (date.getDay() + i) % 7).find((d) => HOURS[d].length > 0);
    e.date = `We’re closed on ${DAY_NAMES[date.getDay()]}s${next !== undefined ? `: how about ${DAY_NAMES[next]}?` : '.'}`;
  }
  if (!e.date && date) {
    const slots = slotsFor(date);
    const isToday = date.getTime() === today.getTime();
    const minutesNow = now.getHours() * 60 + now.getMinutes();
    if (b.time < 0) e.time = 'Pick a time.';
    else if (!slots.includes(b.time)) e.time = 'Pick one of the listed times.';
    else if (isToday && b.time < minutesNow + 30) e.time = 'That’s too soon for today: pick a later time or call us.';
  }
  if (b.name.trim().length < 2) e.name = 'Tell us the name for the booking.';
  const phoneOk = b.phone.replace(/[^\d]/g, '').length >= 7;
  const emailGiven = b.email.trim() !== '';
  if (emailGiven && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(b.email.trim())) e.email = 'That email address looks incomplete.';
  if (!phoneOk && !emailGiven) e.contact = 'Leave a phone number or an email so we can confirm.';
  else if (b.phone.trim() !== '' && !phoneOk) e.contact = 'That phone number looks too short.';
  if (b.notes.length > 300) e.notes = 'Keep notes under 300 characters.';
  return e;
}

export default function Reservation() {
  const [booking, setBooking] = useState<Booking>({ date: '', time: -1, guests: 2, name: '', phone: '', email: '', occasion: '', notes: '' });
  const [submitted, setSubmitted] = useState<boolean>(false);
  const [confirmed, setConfirmed] = useState<Booking | null>(loadBooking);

  useEffect(() => {
    try {
      if (confirmed) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(confirmed));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // The request still shows until the page is closed.
    }
  }, [confirmed]);

  const now = new Date();
  const errors = validate(booking, now);
  const show = (f: Field) => (submitted ? errors[f] : undefined);
  const date = fromKey(booking.date);
  const slots = date ? slotsFor(date) : [];
  const set = (patch: Partial<Booking>) => setBooking((b) => ({ ...b, ...patch }));

  const input = (bad?: string): CSSProperties => ({ width: '100%', boxSizing: 'border-box', padding: '12px 12px', borderRadius: 12, border: `2px solid ${bad ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, colorScheme: theme.isDark ? 'dark' : 'light' });
  const field = (id: string, label: string, control: ReactNode, error?: string, hint?: string) => (
    <div style={{ minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{label}</label>
      {control}
      <p role={error ? 'alert' : undefined} style={{ margin: '4px 0 0', fontSize: 13, minHeight: 18, color: error ? theme.danger : theme.muted }}>{error ?? hint ?? ''}</p>
    </div>
  );

  return (
    <section id="book" aria-labelledby="book-title" style={{ background: alpha(theme.primary, theme.isDark ? 0.12 : 0.06), borderTop: `1px solid ${theme.border}`, borderBottom: `1px solid ${theme.border}`, scrollMarginTop: 70 }}>
      <div style={{ maxWidth: 1000, margin: '0 auto', padding: 'clamp(48px, 7vw, 88px) clamp(16px, 4vw, 40px)', display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', gap: 'clamp(24px, 4vw, 48px)', alignItems: 'start' }}>
        <div>
          <div style={{ fontSize: 13, fontWeight: 800, letterSpacing: '0.14em', textTransform: 'uppercase', color: theme.primaryInk }}>Reservations</div>
          <h2 id="book-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 4.5vw, 42px)', margin: '6px 0 12px', lineHeight: 1.15 }}>Book a table</h2>
          <p style={{ margin: 0, color: theme.muted, lineHeight: 1.7 }}>
            Send us a request and we’ll confirm by phone or email within a few hours. For parties of more than {MAX_PARTY}, private dining or same-day tables, please call us.
          </p>
          <a href={`tel:${CONTACT.phone.replace(/[^\d+]/g, '')}`} style={{ display: 'inline-flex', alignItems: 'center', gap: 10, marginTop: 20, padding: '12px 18px', borderRadius: 14, background: theme.surface, border: `1px solid ${theme.border}`, color: theme.text, textDecoration: 'none', fontWeight: 700, boxShadow: theme.shadowSmall }}>
            <span aria-hidden="true">📞</span> {CONTACT.phone}
          </a>
        </div>

        {confirmed ? (
          <div data-testid="booking-confirmation" role="status" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, padding: 'clamp(20px, 3vw, 30px)', boxShadow: theme.shadow, display: 'grid', gap: 12 }}>
            <div aria-hidden="true" style={{ width: 52, height: 52, borderRadius: '50%', background: alpha(theme.success, 0.15), display: 'grid', placeItems: 'center', fontSize: 26 }}>✓</div>
            <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 26 }}>Thank you, {confirmed.name.trim().split(/\s+/)[0]}!</h3>
            <p style={{ margin: 0, lineHeight: 1.6 }}>
              We’ve got your request for <strong>{confirmed.guests} {confirmed.guests === 1 ? 'guest' : 'guests'}</strong> on <strong>{longDate(confirmed.date)}</strong> at <strong>{formatTime(confirmed.time)}</strong>
              {confirmed.occasion ? ` (${confirmed.occasion.toLowerCase()})` : ''}. We’ll confirm {confirmed.phone.trim() ? `on ${confirmed.phone.trim()}` : `at ${confirmed.email.trim()}`} shortly.
            </p>
            <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>Need to change it? Call us, or make a new request below.</p>
            <button
              type="button"
              data-testid="new-booking"
              onClick={() => {
                setConfirmed(null);
                setSubmitted(false);
                setBooking((b) => ({ ...b, date: '', time: -1, notes: '', occasion: '' }));
              }}
              style={{ justifySelf: 'start', padding: '11px 18px', borderRadius: 12, border: `1px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
            >
              Make another request
            </button>
          </div>
        ) : (
          <form
            data-testid="booking-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(true);
              if (Object.keys(errors).length === 0) setConfirmed(booking);
            }}
            style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 24, padding: 'clamp(18px, 3vw, 28px)', boxShadow: theme.shadow, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: '4px 14px' }}
          >
            {field('b-date', 'Date', <input id="b-date" data-testid="b-date" type="date" min={toKey(now)} value={booking.date} onChange={(e) => set({ date: e.target.value, time: -1 })} style={input(show('date'))} />, show('date'))}
            {field(
              'b-time',
              'Time',
              <select id="b-time" data-testid="b-time" value={booking.time} disabled={!date || slots.length === 0} onChange={(e) => set({ time: Number(e.target.value) })} style={input(show('time'))}>
                <option value={-1}>{!date ? 'Pick a date first' : slots.length === 0 ? 'Closed that day' : 'Choose a time'}</option>
                {slots.map((t) => (
                  <option key={t} value={t}>{formatTime(t)}</option>
                ))}
              </select>,
              show('time'),
            )}
            {field(
              'b-guests',
              'Guests',
              <select id="b-guests" data-testid="b-guests" value={booking.guests} onChange={(e) => set({ guests: Number(e.target.value) })} style={input()}>
                {Array.from({ length: MAX_PARTY }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>{n} {n === 1 ? 'guest' : 'guests'}</option>
                ))}
              </select>,
            )}
            {field(
              'b-occasion',
              'Occasion',
              <select id="b-occasion" value={booking.occasion} onChange={(e) => set({ occasion: e.target.value })} style={input()}>
                {OCCASIONS.map((o) => (
                  <option key={o || 'none'} value={o}>{o || 'None'}</option>
                ))}
              </select>,
            )}
            <div style={{ gridColumn: '1 / -1' }}>{field('b-name', 'Name', <input id="b-name" data-testid="b-name" autoComplete="name" value={booking.name} onChange={(e) => set({ name: e.target.value })} style={input(show('name'))} />, show('name'))}</div>
            {field('b-phone', 'Phone', <input id="b-phone" data-testid="b-phone" type="tel" autoComplete="tel" value={booking.phone} onChange={(e) => set({ phone: e.target.value })} style={input(show('contact'))} />, show('contact'))}
            {field('b-email', 'Email (optional)', <input id="b-email" data-testid="b-email" type="email" autoComplete="email" value={booking.email} onChange={(e) => set({ email: e.target.value })} style={input(show('email'))} />, show('email'))}
            <div style={{ gridColumn: '1 / -1' }}>
              {field('b-notes', 'Anything we should know?', <textarea id="b-notes" rows={3} value={booking.notes} onChange={(e) => set({ notes: e.target.value })} placeholder="Allergies, a high chair, a quiet corner…" style={{ ...input(show('notes')), resize: 'vertical' }} />, show('notes'), `${booking.notes.length}/300`)}
            </div>
            <button type="submit" data-testid="b-submit" style={{ gridColumn: '1 / -1', padding: '15px 20px', borderRadius: 14, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body, marginTop: 4 }}>
              Request this table
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
