import { theme, useViewportWidth } from '../theme';
import { format } from '../stopwatch';
import type { Lap } from '../stopwatch';

export default function LapStats({ list }: { list: Lap[] }) {
  const times = list.map((l) => l.time);
  const narrow = useViewportWidth() < 560;
  const cells: [string, string, string][] = [
    ['stat-laps', 'Laps', String(list.length)],
    ['stat-average', 'Average lap', list.length ? format(times.reduce((a, b) => a + b, 0) / list.length) : '—'],
    ['stat-fastest', 'Fastest', list.length ? format(Math.min(...times)) : '—'],
    ['stat-slowest', 'Slowest', list.length ? format(Math.max(...times)) : '—'],
  ];
  return (
    <dl aria-label="Lap statistics" style={{ margin: 0, display: 'grid', gridTemplateColumns: `repeat(${narrow ? 2 : 4}, minmax(0, 1fr))`, gap: 10 }}>
      {cells.map(([id, label, value]) => (
        <div key={id} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '12px 14px', boxShadow: theme.shadowSmall }}>
          <dt style={{ fontSize: 13, color: theme.muted }}>{label}</dt>
          <dd data-testid={id} style={{ margin: '2px 0 0', fontWeight: 800, fontSize: 18, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
