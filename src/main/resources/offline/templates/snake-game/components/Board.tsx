import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { theme, alpha, mix } from '../theme';
import { COLS, ROWS } from '../snake';
import type { Dir, Game } from '../snake';

interface BoardProps {
  game: Game;
  onTurn: (dir: Dir) => void;
  overlay: ReactNode;
}

/** The board, drawn on a canvas sized to its container and to the screen's pixel density. */
export default function Board({ game, onTurn, overlay }: BoardProps) {
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const [size, setSize] = useState<number>(400);

  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    // As wide as the column allows, but short enough to leave the controls in view on laptops.
    const measure = () => setSize(Math.max(200, Math.floor(Math.min(560, el.clientWidth, Math.max(300, window.innerHeight - 290)))));
    measure();
    window.addEventListener('resize', measure);
    if (typeof ResizeObserver === 'undefined') return () => window.removeEventListener('resize', measure);
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(size * dpr);
    canvas.height = Math.round(size * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const cell = size / COLS;

    ctx.fillStyle = theme.surface;
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = alpha(theme.text, theme.isDark ? 0.04 : 0.035);
    for (let y = 0; y < ROWS; y++) for (let x = (y % 2); x < COLS; x += 2) ctx.fillRect(x * cell, y * cell, cell, cell);

    const round = (x: number, y: number, w: number, h: number, r: number) => {
      ctx.beginPath();
      ctx.moveTo(x + r, y);
      ctx.arcTo(x + w, y, x + w, y + h, r);
      ctx.arcTo(x + w, y + h, x, y + h, r);
      ctx.arcTo(x, y + h, x, y, r);
      ctx.arcTo(x, y, x + w, y, r);
      ctx.closePath();
      ctx.fill();
    };

    // Food: a round fruit with a leaf.
    const fx = (game.food.x + 0.5) * cell;
    const fy = (game.food.y + 0.5) * cell;
    if (!game.won) {
      ctx.fillStyle = alpha(theme.accent, 0.25);
      ctx.beginPath();
      ctx.arc(fx, fy, cell * 0.48, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = theme.accent;
      ctx.beginPath();
      ctx.arc(fx, fy + cell * 0.04, cell * 0.34, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = theme.success;
      ctx.beginPath();
      ctx.ellipse(fx + cell * 0.12, fy - cell * 0.3, cell * 0.14, cell * 0.07, -0.6, 0, Math.PI * 2);
      ctx.fill();
    }

    const n = game.snake.length;
    const tailColor = mix(theme.primary, theme.surface, 0.55);
    for (let i = n - 1; i >= 0; i--) {
      const p = game.snake[i];
      const t = n > 1 ? i / (n - 1) : 0;
      ctx.fillStyle = i === 0 ? theme.primary : mix(tailColor, theme.primary, t);
      const inset = i === 0 ? cell * 0.04 : cell * 0.1;
      round(p.x * cell + inset, p.y * cell + inset, cell - inset * 2, cell - inset * 2, cell * 0.28);
    }
    // Eyes look where the snake is going.
    const head = game.snake[0];
    const d = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[game.dir];
    const cx = (head.x + 0.5) * cell + d[0] * cell * 0.12;
    const cy = (head.y + 0.5) * cell + d[1] * cell * 0.12;
    for (const side of [-1, 1]) {
      const ex = cx + (d[1] !== 0 ? side * cell * 0.2 : 0);
      const ey = cy + (d[0] !== 0 ? side * cell * 0.2 : 0);
      ctx.fillStyle = theme.onPrimary;
      ctx.beginPath();
      ctx.arc(ex, ey, cell * 0.12, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = theme.primary;
      ctx.beginPath();
      ctx.arc(ex + d[0] * cell * 0.04, ey + d[1] * cell * 0.04, cell * 0.055, 0, Math.PI * 2);
      ctx.fill();
    }
    if (game.status === 'over') {
      ctx.fillStyle = alpha(theme.background, 0.35);
      ctx.fillRect(0, 0, size, size);
    }
  }, [game, size]);

  return (
    <div ref={wrapRef} style={{ width: '100%', maxWidth: 560, justifySelf: 'center' }}>
      <div style={{ position: 'relative', width: size, height: size, margin: '0 auto' }}>
        <canvas
          ref={canvasRef}
          data-testid="board"
          data-head={`${game.snake[0].x},${game.snake[0].y}`}
          data-food={`${game.food.x},${game.food.y}`}
          data-status={game.status}
          role="img"
          aria-label={`Snake board, ${COLS} by ${ROWS}. Snake length ${game.snake.length}. ${game.status === 'over' ? 'Game over.' : ''}`}
          onPointerDown={(e) => {
            swipe.current = { x: e.clientX, y: e.clientY };
          }}
          onPointerUp={(e) => {
            const start = swipe.current;
            swipe.current = null;
            if (!start) return;
            const dx = e.clientX - start.x;
            const dy = e.clientY - start.y;
            if (Math.max(Math.abs(dx), Math.abs(dy)) < 24) return;
            onTurn(Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up');
          }}
          style={{ width: size, height: size, display: 'block', borderRadius: 16, border: `2px solid ${theme.borderStrong}`, boxSizing: 'border-box', touchAction: 'none', boxShadow: theme.shadow }}
        />
        {overlay}
      </div>
    </div>
  );
}
