export type Player = 'X' | 'O';
export type Cell = Player | null;
export type Mode = 'pvp' | 'cpu';
export type Difficulty = 'easy' | 'unbeatable';

export const LINES: [number, number, number][] = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
  [0, 3, 6],
  [1, 4, 7],
  [2, 5, 8],
  [0, 4, 8],
  [2, 4, 6],
];

export interface Result {
  winner: Player | null;
  line: [number, number, number] | null;
  draw: boolean;
}

export const emptyBoard = (): Cell[] => Array<Cell>(9).fill(null);

export function other(p: Player): Player {
  return p === 'X' ? 'O' : 'X';
}

export function resultOf(board: Cell[]): Result | null {
  for (const line of LINES) {
    const [a, b, c] = line;
    const v = board[a];
    if (v && v === board[b] && v === board[c]) return { winner: v, line, draw: false };
  }
  if (board.every((c) => c !== null)) return { winner: null, line: null, draw: true };
  return null;
}

function freeCells(board: Cell[]): number[] {
  return board.flatMap((c, i) => (c === null ? [i] : []));
}

/** Minimax with alpha-beta pruning; faster wins and slower losses score better. */
function minimax(board: Cell[], turn: Player, me: Player, depth: number, alpha: number, beta: number): number {
  const result = resultOf(board);
  if (result) {
    if (result.draw) return 0;
    return result.winner === me ? 10 - depth : depth - 10;
  }
  const maximizing = turn === me;
  let best = maximizing ? -Infinity : Infinity;
  for (const i of freeCells(board)) {
    board[i] = turn;
    const score = minimax(board, other(turn), me, depth + 1, alpha, beta);
    board[i] = null;
    if (maximizing) {
      best = Math.max(best, score);
      alpha = Math.max(alpha, score);
    } else {
      best = Math.min(best, score);
      beta = Math.min(beta, score);
    }
    if (beta <= alpha) break;
  }
  return best;
}

export function bestMove(board: Cell[], me: Player): number {
  const work = [...board];
  let bestScore = -Infinity;
  let moves: number[] = [];
  for (const i of freeCells(work)) {
    work[i] = me;
    const score = minimax(work, other(me), me, 1, -Infinity, Infinity);
    work[i] = null;
    if (score > bestScore) {
      bestScore = score;
      moves = [i];
    } else if (score === bestScore) {
      moves.push(i);
    }
  }
  // Several equally good moves: pick one at random so games don't all look the same.
  return moves[Math.floor(Math.random() * moves.length)] ?? -1;
}

/** Easy: takes an immediate win and blocks an immediate loss half the time, otherwise plays anywhere. */
export function easyMove(board: Cell[], me: Player): number {
  const free = freeCells(board);
  const winning = (p: Player) => free.find((i) => resultOf(board.map((c, j) => (j === i ? p : c)))?.winner === p);
  const win = winning(me);
  if (win !== undefined) return win;
  const block = winning(other(me));
  if (block !== undefined && Math.random() < 0.5) return block;
  return free[Math.floor(Math.random() * free.length)] ?? -1;
}

export function computerMove(board: Cell[], me: Player, difficulty: Difficulty): number {
  return difficulty === 'unbeatable' ? bestMove(board, me) : easyMove(board, me);
}
