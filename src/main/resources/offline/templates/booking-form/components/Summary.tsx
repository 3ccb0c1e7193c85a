import { theme, alpha } from '../theme';
import { STAFF, hhmm, longDate, money, toMinutes } from '../booking';
import type { Service } from '../booking';

interface SummaryProps {
  service: Service | null;
  staff: string;
  date: string | null;
  time: string | null;
  problems: number;
  onSubmit: () => void;
}

export default function Summary({ service, staff, date, time, problems, onSubmit }: SummaryProps) {
  const row = (label: string, value: string | null, testId: string) => (
    <div style={{ display: 'grid', gap: 2, padding: '10px 0', borderBottom: `1px solid ${theme.border}` }}>
      <span style={{ fontSize: 12, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.06em', color: theme.muted }}>{label}</span>
      <span data-testid={testId} style={{ fontWeight: 700, color: value ? theme.text : alpha(theme.text, 0.45) }}>{value ?? 'Not chosen yet'}</span>
    </div>
  );
  const end = service && time ? hhmm(toMinutes(time) + service.minutes) : null;
  return (
    <aside aria-label="Your booking" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 20, boxShadow: theme.shadow }}>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Your booking</h2>
      <div style={{ marginTop: 6 }}>
        {row('Service', service ? `${service.icon} ${service.name}` : null, 'summary-service')}
        {row('With', STAFF.find((s) => s.id === staff)?.name ?? null, 'summary-staff')}
        {row('Day', date ? longDate(date) : null, 'summary-date')}
        {row('Time', time && end ? `${time} – ${end}` : null, 'summary-time')}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginTop: 14 }}>
        <span style={{ color: theme.muted }}>To pay at the appointment</span>
        <strong data-testid="summary-price" style={{ fontFamily: theme.heading, fontSize: 26 }}>{service ? money(service.price) : '—'}</strong>
      </div>
      <button type="button" data-testid="submit" onClick={onSubmit} style={{ marginTop: 16, width: '100%', padding: '15px 18px', borderRadius: 14, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body, boxShadow: theme.shadowSmall }}>
        Confirm booking
      </button>
      {problems > 0 && (
        <p role="alert" data-testid="problems" style={{ margin: '10px 0 0', color: theme.danger, fontSize: 14 }}>
          {problems === 1 ? 'One thing needs your attention' : `${problems} things need your attention`} before we can book.
        </p>
      )}
      <p style={{ margin: '10px 0 0', fontSize: 13, color: theme.muted }}>No payment now. You’ll get a confirmation email with a link to change or cancel.</p>
    </aside>
  );
}
