import { theme, alpha } from '../theme';
import { formatTime, stars } from '../game';

interface WinPanelProps {
  moves: number;
  elapsed: number;
  pairs: number;
  record: { moves: boolean; time: boolean };
  levelLabel: string;
  onAgain: () => void;
}

export default function WinPanel({ moves, elapsed, pairs, record, levelLabel, onAgain }: WinPanelProps) {
  const rating = stars(moves, pairs);
  const ink = theme.onPrimary;
  return (
    <section data-testid="win-panel" role="status" style={{ background: theme.primaryGradient, color: ink, borderRadius: 24, padding: 'clamp(24px, 5vw, 44px)', textAlign: 'center', boxShadow: theme.shadow }}>
      <div aria-hidden="true" style={{ fontSize: 48 }}>🎉</div>
      <h2 style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 5vw, 38px)', margin: '6px 0 0' }}>All {pairs} pairs found!</h2>
      <p data-testid="win-stars" aria-label={`${rating} of 3 stars`} style={{ fontSize: 40, margin: '10px 0 0', letterSpacing: 6 }}>
        {'★'.repeat(rating)}
        <span style={{ opacity: 0.35 }}>{'★'.repeat(3 - rating)}</span>
      </p>
      <p style={{ fontSize: 18, margin: '8px 0 0' }}>
        {levelLabel} board in <strong>{moves} moves</strong> and <strong>{formatTime(elapsed)}</strong>.
      </p>
      {(record.moves || record.time) && (
        <p data-testid="new-best" style={{ display: 'inline-block', margin: '14px 0 0', padding: '6px 14px', borderRadius: 999, background: alpha(ink, 0.16), fontWeight: 800 }}>
          🏆 New best {record.moves && record.time ? 'moves and time' : record.moves ? 'score' : 'time'}!
        </p>
      )}
      <div>
        <button type="button" data-testid="play-again" onClick={onAgain} style={{ marginTop: 22, padding: '14px 28px', borderRadius: 999, border: 'none', background: ink, color: ink === '#ffffff' ? '#111111' : '#ffffff', fontWeight: 800, fontSize: 17, cursor: 'pointer', fontFamily: theme.body }}>
          Play again
        </button>
      </div>
    </section>
  );
}
