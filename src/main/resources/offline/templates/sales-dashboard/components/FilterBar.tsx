import { CHANNELS, PERIODS } from '../data';
import type { Channel, Period } from '../data';
import { theme } from '../theme';

interface FilterBarProps {
  period: Period;
  channel: Channel | 'All';
  onPeriod: (p: Period) => void;
  onChannel: (c: Channel | 'All') => void;
}

export default function FilterBar({ period, channel, onPeriod, onChannel }: FilterBarProps) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center' }}>
      <div role="group" aria-label="Period" style={{ display: 'flex', padding: 4, borderRadius: 12, background: theme.surface, border: `1px solid ${theme.border}` }}>
        {PERIODS.map((p) => {
          const active = p === period;
          return (
            <button
              key={p}
              type="button"
              aria-pressed={active}
              data-testid={`period-${p}`}
              title={`Last ${p} months`}
              onClick={() => onPeriod(p)}
              style={{ padding: '7px 12px', borderRadius: 9, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
            >
              {p}M
            </button>
          );
        })}
      </div>
      <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14, color: theme.muted }}>
        Channel
        <select
          data-testid="channel"
          value={channel}
          onChange={(e) => onChannel(e.target.value as Channel | 'All')}
          style={{ padding: '9px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 14, fontFamily: theme.body, cursor: 'pointer' }}
        >
          <option value="All">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
