import { theme } from '../theme';
import type { Stats as GameStats } from '../words';

export default function Stats({ stats }: { stats: GameStats }) {
  const played = stats.wins + stats.losses;
  const cells: [string, string, string][] = [
    ['wins', 'Wins', String(stats.wins)],
    ['losses', 'Losses', String(stats.losses)],
    ['streak', 'Streak', String(stats.streak)],
    ['best', 'Best', String(stats.bestStreak)],
    ['rate', 'Win %', played ? `${Math.round((stats.wins / played) * 100)}` : '—'],
  ];
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 6, margin: 0 }}>
      {cells.map(([id, label, value]) => (
        <div key={id} style={{ textAlign: 'center', padding: '8px 4px', borderRadius: 12, background: theme.surface, border: `1px solid ${theme.border}`, minWidth: 0 }}>
          <dt style={{ fontSize: 11, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.04em', color: theme.muted, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{label}</dt>
          <dd data-testid={`stat-${id}`} style={{ margin: 0, fontWeight: 800, fontSize: 20, fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
