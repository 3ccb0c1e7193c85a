export const COLS = 20;
export const ROWS = 20;

export type Dir = 'up' | 'down' | 'left' | 'right';
export type Status = 'ready' | 'running' | 'paused' | 'over';
export type Speed = 'slow' | 'normal' | 'fast';
export type Walls = 'solid' | 'wrap';

export interface Point {
  x: number;
  y: number;
}

export interface Game {
  snake: Point[];
  dir: Dir;
  /** turns pressed since the last step, applied one per step */
  queue: Dir[];
  food: Point;
  score: number;
  eaten: number;
  status: Status;
  /** true when the game ended because the snake filled the board */
  won: boolean;
}

export const SPEEDS: Record<Speed, { label: string; start: number; min: number }> = {
  slow: { label: 'Slow', start: 190, min: 110 },
  normal: { label: 'Normal', start: 140, min: 70 },
  fast: { label: 'Fast', start: 95, min: 45 },
};

const DELTA: Record<Dir, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };
const OPPOSITE: Record<Dir, Dir> = { up: 'down', down: 'up', left: 'right', right: 'left' };

/** Milliseconds per step: a little faster every five foods. */
export function tickMs(speed: Speed, eaten: number): number {
  const s = SPEEDS[speed];
  return Math.max(s.min, s.start - Math.floor(eaten / 5) * 8);
}

export function level(eaten: number): number {
  return Math.floor(eaten / 5) + 1;
}

/** A free cell chosen by `rand` (0..1), so the reducer stays pure. */
export function placeFood(snake: Point[], rand: number): Point {
  const taken = new Set(snake.map((p) => p.y * COLS + p.x));
  const free: number[] = [];
  for (let i = 0; i < COLS * ROWS; i++) if (!taken.has(i)) free.push(i);
  const cell = free[Math.min(free.length - 1, Math.floor(rand * free.length))] ?? 0;
  return { x: cell % COLS, y: Math.floor(cell / COLS) };
}

export function newGame(rand: number): Game {
  const y = Math.floor(ROWS / 2);
  const snake = [
    { x: 6, y },
    { x: 5, y },
    { x: 4, y },
  ];
  return { snake, dir: 'right', queue: [], food: placeFood(snake, rand), score: 0, eaten: 0, status: 'ready', won: false };
}

export type Action =
  | { type: 'turn'; dir: Dir }
  | { type: 'tick'; rand: number; walls: Walls; speed: Speed }
  | { type: 'toggle-pause' }
  | { type: 'restart'; rand: number };

export function reducer(game: Game, action: Action): Game {
  switch (action.type) {
    case 'restart':
      return newGame(action.rand);
    case 'toggle-pause':
      if (game.status === 'running') return { ...game, status: 'paused' };
      if (game.status === 'paused' || game.status === 'ready') return { ...game, status: 'running' };
      return game;
    case 'turn': {
      if (game.status === 'over') return game;
      const last = game.queue.length ? game.queue[game.queue.length - 1] : game.dir;
      // Ignore reversing into yourself and repeated presses; keep at most three turns queued.
      if (action.dir === last || action.dir === OPPOSITE[last] || game.queue.length >= 3) {
        return game.status === 'ready' && action.dir !== OPPOSITE[game.dir] ? { ...game, status: 'running' } : game;
      }
      return { ...game, queue: [...game.queue, action.dir], status: game.status === 'ready' || game.status === 'paused' ? 'running' : game.status };
    }
    case 'tick': {
      if (game.status !== 'running') return game;
      const [nextDir, ...queue] = game.queue.length ? game.queue : [game.dir];
      const head = game.snake[0];
      let x = head.x + DELTA[nextDir].x;
      let y = head.y + DELTA[nextDir].y;
      if (action.walls === 'wrap') {
        x = (x + COLS) % COLS;
        y = (y + ROWS) % ROWS;
      } else if (x < 0 || y < 0 || x >= COLS || y >= ROWS) {
        return { ...game, dir: nextDir, queue: [], status: 'over' };
      }
      const eats = x === game.food.x && y === game.food.y;
      // The tail moves away this step unless the snake grows, so moving into it is allowed.
      const body = eats ? game.snake : game.snake.slice(0, -1);
      if (body.some((p) => p.x === x && p.y === y)) return { ...game, dir: nextDir, queue: [], status: 'over' };
      const snake = [{ x, y }, ...body];
      if (!eats) return { ...game, snake, dir: nextDir, queue };
      const eaten = game.eaten + 1;
      const points = (action.speed === 'fast' ? 2 : 1) * level(game.eaten) * 10;
      if (snake.length === COLS * ROWS) return { ...game, snake, dir: nextDir, queue, eaten, score: game.score + points, status: 'over', won: true };
      return { ...game, snake, dir: nextDir, queue, eaten, score: game.score + points, food: placeFood(snake, action.rand) };
    }
  }
}
