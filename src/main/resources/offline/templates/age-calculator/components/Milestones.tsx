import { useState } from 'react';
import { theme, alpha } from '../theme';
import type { CalendarDate } from '../age';
import { dayNumber, formatDate, milestones, number } from '../age';

interface MilestonesProps {
  birth: CalendarDate;
  on: CalendarDate;
}

export default function Milestones({ birth, on }: MilestonesProps) {
  const [showAll, setShowAll] = useState<boolean>(false);
  const all = milestones(birth, on);
  const firstUpcoming = all.findIndex((m) => !m.past);
  // By default: the last three reached and the next five.
  const from = showAll ? 0 : Math.max(0, (firstUpcoming === -1 ? all.length : firstUpcoming) - 3);
  const list = showAll ? all : all.slice(from, from + 8);

  return (
    <section aria-label="Milestones" style={{ background: theme.surface, borderRadius: theme.radius + 6, padding: 'clamp(18px, 3vw, 28px)', border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12, flexWrap: 'wrap' }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>Milestones</h2>
        <button
          type="button"
          data-testid="toggle-milestones"
          onClick={() => setShowAll((v) => !v)}
          style={{ border: 'none', background: 'none', color: theme.primaryOnSurface, fontWeight: 700, cursor: 'pointer', fontSize: 15, padding: 4, fontFamily: theme.body }}
        >
          {showAll ? 'Show fewer' : `Show all ${all.length}`}
        </button>
      </div>
      <ol data-testid="milestones" style={{ listStyle: 'none', margin: '14px 0 0', padding: 0, display: 'grid', gap: 8 }}>
        {list.map((m) => {
          const diff = dayNumber(m.date) - dayNumber(on);
          const when = diff === 0 ? 'today' : m.past ? `${number.format(-diff)} days ago` : `in ${number.format(diff)} days`;
          return (
            <li
              key={m.label}
              style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '10px 12px', borderRadius: 12, background: m.past ? 'transparent' : theme.tint, border: `1px solid ${m.past ? theme.border : alpha(theme.primary, 0.35)}`, flexWrap: 'wrap' }}
            >
              <span aria-hidden="true" style={{ width: 28, height: 28, borderRadius: '50%', display: 'grid', placeItems: 'center', background: m.past ? alpha(theme.success, 0.15) : theme.primary, color: m.past ? theme.success : theme.onPrimary, fontWeight: 800, flexShrink: 0, fontSize: 14 }}>
                {m.past ? '✓' : '→'}
              </span>
              <span style={{ fontWeight: 700, flex: '1 1 160px' }}>{m.label}</span>
              <span style={{ color: theme.muted, fontSize: 14 }}>
                {formatDate(m.date)} · <span style={{ color: m.past ? theme.muted : theme.primaryOnSurface, fontWeight: 600 }}>{when}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
