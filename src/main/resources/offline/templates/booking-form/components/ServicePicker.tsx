import { theme } from '../theme';
import { SERVICES, STAFF, money } from '../booking';

interface ServicePickerProps {
  serviceId: string | null;
  staff: string;
  error?: string;
  onService: (id: string) => void;
  onStaff: (id: string) => void;
}

export default function ServicePicker({ serviceId, staff, error, onService, onStaff }: ServicePickerProps) {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div role="radiogroup" aria-label="Service" aria-describedby={error ? 'service-error' : undefined} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: 10 }}>
        {SERVICES.map((s) => {
          const active = s.id === serviceId;
          return (
            <button
              key={s.id}
              type="button"
              role="radio"
              aria-checked={active}
              data-testid={`service-${s.id}`}
              onClick={() => onService(s.id)}
              style={{ textAlign: 'left', padding: 14, borderRadius: 14, border: `2px solid ${active ? theme.primary : error ? theme.danger : theme.border}`, background: active ? theme.tint : theme.background, color: theme.text, cursor: 'pointer', fontFamily: theme.body, display: 'flex', gap: 12, alignItems: 'flex-start' }}
            >
              <span aria-hidden="true" style={{ fontSize: 24, lineHeight: 1 }}>{s.icon}</span>
              <span style={{ flex: 1, minWidth: 0 }}>
                <span style={{ display: 'block', fontWeight: 800 }}>{s.name}</span>
                <span style={{ display: 'block', fontSize: 13, color: theme.muted, marginTop: 2 }}>{s.blurb}</span>
                <span style={{ display: 'block', fontSize: 14, fontWeight: 700, marginTop: 6 }}>{s.minutes} min · {money(s.price)}</span>
              </span>
              <span aria-hidden="true" style={{ width: 20, height: 20, borderRadius: '50%', border: `2px solid ${active ? theme.primary : theme.borderStrong}`, display: 'grid', placeItems: 'center', flexShrink: 0 }}>
                {active && <span style={{ width: 10, height: 10, borderRadius: '50%', background: theme.primary }} />}
              </span>
            </button>
          );
        })}
      </div>
      {error && <p id="service-error" role="alert" style={{ margin: 0, color: theme.danger, fontSize: 14 }}>{error}</p>}
      <div>
        <label htmlFor="staff" style={{ display: 'block', fontWeight: 700, fontSize: 15, marginBottom: 6 }}>With</label>
        <select id="staff" data-testid="staff" value={staff} onChange={(e) => onStaff(e.target.value)} style={{ width: '100%', maxWidth: 360, padding: '11px 12px', borderRadius: 12, border: `2px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body }}>
          {STAFF.map((s) => (
            <option key={s.id} value={s.id}>{s.name} · {s.role}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
