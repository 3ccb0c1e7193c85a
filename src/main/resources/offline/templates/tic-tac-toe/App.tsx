import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { computerMove, emptyBoard, other, resultOf } from './game';
import type { Cell, Difficulty, Mode, Player } from './game';
import ModePicker from './components/ModePicker';
import Board from './components/Board';
import ScoreBoard from './components/ScoreBoard';

const COMPUTER: Player = 'O';

export default function App() {
  usePageSetup();
  const [mode, setMode] = useState<Mode>('cpu');
  const [difficulty, setDifficulty] = useState<Difficulty>('unbeatable');
  const [board, setBoard] = useState<Cell[]>(emptyBoard);
  const [starter, setStarter] = useState<Player>('X');
  const [turn, setTurn] = useState<Player>('X');
  const [scores, setScores] = useState<{ X: number; O: number; draws: number }>({ X: 0, O: 0, draws: 0 });

  const result = resultOf(board);
  const computerToMove = mode === 'cpu' && turn === COMPUTER && !result;

  const play = (index: number) => {
    if (board[index] || result) return;
    const next = board.map((c, i) => (i === index ? turn : c));
    setBoard(next);
    setTurn(other(turn));
    const outcome = resultOf(next);
    if (outcome?.winner) setScores((s) => ({ ...s, [outcome.winner as Player]: s[outcome.winner as Player] + 1 }));
    else if (outcome?.draw) setScores((s) => ({ ...s, draws: s.draws + 1 }));
  };

  // The computer "thinks" briefly so its move is visible as a separate step.
  useEffect(() => {
    if (!computerToMove) return;
    const id = window.setTimeout(() => {
      const move = computerMove(board, COMPUTER, difficulty);
      if (move >= 0) play(move);
    }, 450);
    return () => window.clearTimeout(id);
  });

  const newRound = () => {
    const nextStarter = other(starter);
    setStarter(nextStarter);
    setTurn(nextStarter);
    setBoard(emptyBoard());
  };

  const restart = (nextMode: Mode, nextDifficulty: Difficulty) => {
    setMode(nextMode);
    setDifficulty(nextDifficulty);
    setBoard(emptyBoard());
    setStarter('X');
    setTurn('X');
    setScores({ X: 0, O: 0, draws: 0 });
  };

  const names: Record<Player, string> = mode === 'cpu' ? { X: 'You', O: 'Computer' } : { X: 'Player X', O: 'Player O' };
  let status: string;
  if (result?.winner) status = mode === 'cpu' ? (result.winner === COMPUTER ? 'The computer wins this one.' : 'You win! 🎉') : `${names[result.winner]} wins! 🎉`;
  else if (result?.draw) status = 'It’s a draw.';
  else if (computerToMove) status = 'Computer is thinking…';
  else status = mode === 'cpu' ? 'Your turn: you are X.' : `${names[turn]}’s turn.`;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 560, margin: '0 auto', display: 'grid', gap: 20, gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'center', textAlign: 'center' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(30px, 6vw, 46px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        <ModePicker mode={mode} difficulty={difficulty} onChange={restart} />
        <ScoreBoard scores={scores} names={names} turn={result ? null : turn} />
        <p data-testid="status" role="status" aria-live="polite" style={{ margin: 0, fontSize: 20, fontWeight: 700, minHeight: 28, color: result?.winner ? theme.primaryInk : theme.text }}>
          {status}
        </p>
        <Board board={board} winLine={result?.line ?? null} disabled={Boolean(result) || computerToMove} onPlay={play} />
        <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap', justifyContent: 'center' }}>
          <button
            type="button"
            data-testid="new-round"
            onClick={newRound}
            style={{ padding: '12px 22px', borderRadius: 999, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: 'pointer', boxShadow: result ? theme.shadow : 'none', fontFamily: theme.body }}
          >
            {result ? 'Play again' : 'Restart round'}
          </button>
          <button
            type="button"
            data-testid="reset-scores"
            onClick={() => restart(mode, difficulty)}
            style={{ padding: '12px 22px', borderRadius: 999, border: `2px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 16, cursor: 'pointer', fontFamily: theme.body }}
          >
            Reset scores
          </button>
        </div>
        <p style={{ margin: 0, fontSize: 13, color: theme.muted }}>The starting player switches every round.</p>
      </div>
    </div>
  );
}
