import type { Player } from '../game';
import { theme } from '../theme';

interface ScoreBoardProps {
  scores: { X: number; O: number; draws: number };
  names: Record<Player, string>;
  turn: Player | null;
}

export default function ScoreBoard({ scores, names, turn }: ScoreBoardProps) {
  const box = (label: string, value: number, active: boolean, color: string, testId: string) => (
    <div
      style={{
        flex: '1 1 0',
        minWidth: 0,
        padding: '10px 12px',
        borderRadius: 16,
        background: theme.surface,
        border: `2px solid ${active ? color : theme.border}`,
        boxShadow: active ? theme.shadow : 'none',
        transition: 'border-color 200ms, box-shadow 200ms',
      }}
    >
      <div style={{ fontSize: 13, color: theme.muted, fontWeight: 600, lineHeight: 1.25, overflowWrap: 'anywhere' }}>{label}</div>
      <div data-testid={testId} style={{ fontSize: 28, fontWeight: 800, fontFamily: theme.heading, color }}>{value}</div>
    </div>
  );

  return (
    <div aria-label="Score" role="group" style={{ display: 'flex', gap: 10, width: '100%', alignItems: 'stretch' }}>
      {box(`${names.X} (X)`, scores.X, turn === 'X', theme.primaryOnSurface, 'score-x')}
      {box('Draws', scores.draws, false, theme.text, 'score-draws')}
      {box(`${names.O} (O)`, scores.O, turn === 'O', theme.accentOnSurface, 'score-o')}
    </div>
  );
}
