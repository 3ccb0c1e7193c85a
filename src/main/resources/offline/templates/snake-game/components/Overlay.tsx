import { theme, alpha } from '../theme';
import type { Game } from '../snake';

interface OverlayProps {
  game: Game;
  record: boolean;
  onToggle: () => void;
  onRestart: () => void;
}

/** The card over the board when the game is not running: start, paused or game over. */
export default function Overlay({ game, record, onToggle, onRestart }: OverlayProps) {
  if (game.status === 'running') return null;
  const content = {
    ready: { title: 'Ready?', body: 'Press an arrow key, swipe on the board or tap a direction to start.', button: '▶ Start', onClick: onToggle },
    paused: { title: 'Paused', body: 'Press Space or tap Resume to carry on.', button: '▶ Resume', onClick: onToggle },
    over: { title: game.won ? 'You filled the board!' : record ? '🏆 New best score!' : 'Game over', body: `You scored ${game.score} with a snake ${game.snake.length} long.`, button: 'Play again', onClick: onRestart },
  }[game.status];
  // The start card sits low, so it does not hide the snake; the others sit in the middle.
  const low = game.status === 'ready';
  return (
    <div data-testid={`overlay-${game.status}`} style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: low ? 'end center' : 'center', padding: low ? '16px 16px 7%' : 16, pointerEvents: 'none' }}>
      <div style={{ pointerEvents: 'auto', textAlign: 'center', background: alpha(theme.surface, 0.94), border: `1px solid ${theme.border}`, borderRadius: 18, padding: '18px 22px', boxShadow: theme.shadow, maxWidth: 300 }}>
        <div style={{ fontFamily: theme.heading, fontSize: 24, fontWeight: 800 }}>{content.title}</div>
        <p style={{ margin: '6px 0 0', color: theme.muted, fontSize: 15, lineHeight: 1.5 }}>{content.body}</p>
        <button type="button" data-testid="overlay-button" onClick={content.onClick} style={{ marginTop: 14, padding: '11px 20px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}>
          {content.button}
        </button>
      </div>
    </div>
  );
}
