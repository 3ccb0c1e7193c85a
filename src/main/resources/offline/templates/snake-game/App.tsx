import { useCallback, useEffect, useReducer, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { level, newGame, reducer, tickMs } from './snake';
import { bestKey, load, save } from './storage';
import type { Saved } from './storage';
import { useSnakeKeys } from './useSnakeKeys';
import Board from './components/Board';
import Controls from './components/Controls';
import ScorePanel from './components/ScorePanel';
import Overlay from './components/Overlay';

export default function App() {
  usePageSetup();
  const [saved, setSaved] = useState<Saved>(load);
  const [game, dispatch] = useReducer(reducer, undefined, () => newGame(Math.random()));
  const [record, setRecord] = useState<boolean>(false);
  const key = bestKey(saved.speed, saved.walls);
  const best = saved.best[key] ?? 0;

  useEffect(() => save(saved), [saved]);

  // One step per tick while running; the interval shortens as the level rises.
  useEffect(() => {
    if (game.status !== 'running') return;
    const id = window.setInterval(() => dispatch({ type: 'tick', rand: Math.random(), walls: saved.walls, speed: saved.speed }), tickMs(saved.speed, game.eaten));
    return () => window.clearInterval(id);
  }, [game.status, game.eaten, saved.speed, saved.walls]);

  useEffect(() => {
    if (game.status === 'over' && game.score > best) {
      setRecord(true);
      setSaved((s) => ({ ...s, best: { ...s.best, [key]: game.score } }));
    }
  }, [game.status, game.score, best, key]);

  const restart = useCallback(() => {
    setRecord(false);
    dispatch({ type: 'restart', rand: Math.random() });
  }, []);
  useSnakeKeys(dispatch, restart, game.status);

  const changeSetting = (patch: Partial<Pick<Saved, 'speed' | 'walls'>>) => {
    setSaved((s) => ({ ...s, ...patch }));
    restart();
  };

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 620, margin: '0 auto', display: 'grid', gap: 'clamp(12px, 2vw, 18px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ textAlign: 'center' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        <ScorePanel score={game.score} best={Math.max(best, game.status === 'over' ? game.score : 0)} length={game.snake.length} level={level(game.eaten)} />
        <Board game={game} onTurn={(dir) => dispatch({ type: 'turn', dir })} overlay={<Overlay game={game} record={record} onToggle={() => dispatch({ type: 'toggle-pause' })} onRestart={restart} />} />
        <Controls
          status={game.status}
          speed={saved.speed}
          walls={saved.walls}
          onTurn={(dir) => dispatch({ type: 'turn', dir })}
          onPause={() => dispatch({ type: 'toggle-pause' })}
          onRestart={restart}
          onSpeed={(speed) => changeSetting({ speed })}
          onWalls={(walls) => changeSetting({ walls })}
        />
        <p style={{ margin: 0, textAlign: 'center', fontSize: 13, color: theme.muted }}>
          Keys: arrows or WASD to steer · Space or P to pause · Enter or R for a new game. Changing speed or walls starts a new game.
        </p>
      </div>
    </div>
  );
}
