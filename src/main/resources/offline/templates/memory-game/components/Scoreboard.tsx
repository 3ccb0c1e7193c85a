import { theme } from '../theme';
import { formatTime } from '../game';
import type { Best } from '../game';

interface ScoreboardProps {
  moves: number;
  elapsed: number;
  matched: number;
  pairs: number;
  best: Best;
}

export default function Scoreboard({ moves, elapsed, matched, pairs, best }: ScoreboardProps) {
  const cells: [string, string, string][] = [
    ['moves', 'Moves', String(moves)],
    ['time', 'Time', formatTime(elapsed)],
    ['pairs', 'Pairs', `${matched} / ${pairs}`],
    ['best', 'Best', best.moves === null ? '—' : `${best.moves} moves · ${formatTime(best.timeMs ?? 0)}`],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 120px), 1fr))', gap: 10, margin: 0 }}>
      {cells.map(([id, label, value]) => (
        <div key={id} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 14, padding: '10px 14px', textAlign: 'center' }}>
          <dt style={{ fontSize: 12, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.08em', color: theme.muted }}>{label}</dt>
          <dd data-testid={`stat-${id}`} style={{ margin: '2px 0 0', fontWeight: 800, fontSize: id === 'best' ? 15 : 22, fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
