import { config } from '../config';
import { theme, alpha } from '../theme';
import { STAFF, hhmm, icsFor, longDate, money, toMinutes } from '../booking';
import type { Booking } from '../booking';

export default function Confirmation({ booking, onAnother }: { booking: Booking; onAnother: () => void }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([icsFor(booking)], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `appointment-${booking.ref}.ics`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section data-testid="confirmation" role="status" style={{ background: theme.surface, border: `2px solid ${alpha(theme.success, 0.6)}`, borderRadius: 24, padding: 'clamp(22px, 4vw, 40px)', boxShadow: theme.shadow, maxWidth: 640, margin: '0 auto', width: '100%', boxSizing: 'border-box' }}>
      <div aria-hidden="true" style={{ width: 56, height: 56, borderRadius: '50%', background: alpha(theme.success, 0.15), color: theme.success, display: 'grid', placeItems: 'center', fontSize: 30, fontWeight: 900 }}>✓</div>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(24px, 4vw, 32px)', margin: '14px 0 0' }}>You’re booked, {booking.name.split(' ')[0]}!</h2>
      <p style={{ margin: '6px 0 0', color: theme.muted }}>A confirmation is on its way to {booking.email}. See you soon at {config.title}.</p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '10px 18px', margin: '22px 0 0' }}>
        <dt style={{ color: theme.muted }}>Reference</dt>
        <dd data-testid="booking-ref" style={{ margin: 0, fontWeight: 800, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 18 }}>{booking.ref}</dd>
        <dt style={{ color: theme.muted }}>Service</dt>
        <dd style={{ margin: 0, fontWeight: 700 }}>{booking.serviceName} · {booking.minutes} min</dd>
        <dt style={{ color: theme.muted }}>When</dt>
        <dd style={{ margin: 0, fontWeight: 700 }}>{longDate(booking.date)}, {booking.time}–{hhmm(toMinutes(booking.time) + booking.minutes)}</dd>
        <dt style={{ color: theme.muted }}>With</dt>
        <dd style={{ margin: 0, fontWeight: 700 }}>{STAFF.find((s) => s.id === booking.staff)?.name}</dd>
        <dt style={{ color: theme.muted }}>Price</dt>
        <dd style={{ margin: 0, fontWeight: 700 }}>{money(booking.price)}, paid at the appointment</dd>
      </dl>
      <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap', marginTop: 24 }}>
        <button type="button" data-testid="add-to-calendar" onClick={download} style={{ padding: '12px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>📅 Add to calendar</button>
        <button type="button" data-testid="book-another" onClick={onAnother} style={{ padding: '12px 18px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>Book another appointment</button>
      </div>
    </section>
  );
}
