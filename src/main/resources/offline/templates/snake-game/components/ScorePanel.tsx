import { theme } from '../theme';

interface ScorePanelProps {
  score: number;
  best: number;
  length: number;
  level: number;
}

export default function ScorePanel({ score, best, length, level }: ScorePanelProps) {
  const stat = (label: string, value: number, testId: string, strong = false) => (
    <div style={{ flex: '1 1 70px', minWidth: 0, padding: '10px 12px', borderRadius: 14, background: strong ? theme.primary : theme.surface, color: strong ? theme.onPrimary : theme.text, border: `1px solid ${strong ? 'transparent' : theme.border}`, textAlign: 'center', boxShadow: theme.shadowSmall }}>
      <div style={{ fontSize: 12, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.06em', opacity: 0.8 }}>{label}</div>
      <div data-testid={testId} style={{ fontSize: 24, fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>{value}</div>
    </div>
  );
  return (
    <div style={{ display: 'flex', gap: 10, width: '100%', maxWidth: 560, justifySelf: 'center' }}>
      {stat('Score', score, 'score', true)}
      {stat('Best', best, 'best')}
      {stat('Length', length, 'length')}
      {stat('Level', level, 'level')}
    </div>
  );
}
