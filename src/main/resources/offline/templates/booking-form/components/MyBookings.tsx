import { useState } from 'react';
import { theme } from '../theme';
import { STAFF, longDate } from '../booking';
import type { Booking } from '../booking';

export default function MyBookings({ bookings, onCancel }: { bookings: Booking[]; onCancel: (ref: string) => void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (bookings.length === 0) return null;
  return (
    <section aria-label="Your upcoming appointments" data-testid="my-bookings" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 20px)' }}>
      <h2 style={{ margin: 0, fontSize: 17, fontFamily: theme.heading }}>Your upcoming appointments</h2>
      <ul style={{ listStyle: 'none', margin: '10px 0 0', padding: 0, display: 'grid', gap: 8 }}>
        {bookings.map((b) => (
          <li key={b.ref} data-testid="my-booking" style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', justifyContent: 'space-between', padding: '10px 12px', borderRadius: 12, background: theme.background, border: `1px solid ${theme.border}` }}>
            <span style={{ minWidth: 0 }}>
              <strong>{longDate(b.date)}, {b.time}</strong>
              <span style={{ display: 'block', fontSize: 14, color: theme.muted }}>{b.serviceName} · {STAFF.find((s) => s.id === b.staff)?.name} · ref {b.ref}</span>
            </span>
            {confirming === b.ref ? (
              <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <span style={{ fontSize: 14 }}>Cancel it?</span>
                <button type="button" data-testid="confirm-cancel" onClick={() => { onCancel(b.ref); setConfirming(null); }} style={{ padding: '6px 12px', borderRadius: 8, border: `1.5px solid ${theme.danger}`, background: 'transparent', color: theme.danger, fontWeight: 800, cursor: 'pointer', fontFamily: theme.body }}>Yes, cancel</button>
                <button type="button" onClick={() => setConfirming(null)} style={{ padding: '6px 12px', borderRadius: 8, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>Keep</button>
              </span>
            ) : (
              <button type="button" data-testid="cancel-booking" onClick={() => setConfirming(b.ref)} style={{ padding: '6px 12px', borderRadius: 8, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.danger, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>Cancel</button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
