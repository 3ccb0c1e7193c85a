import { useEffect, useState } from 'react';
import type { Cell } from '../game';
import { theme, alpha } from '../theme';

interface BoardProps {
  board: Cell[];
  winLine: [number, number, number] | null;
  disabled: boolean;
  onPlay: (index: number) => void;
}

const POSITION = ['top left', 'top middle', 'top right', 'middle left', 'centre', 'middle right', 'bottom left', 'bottom middle', 'bottom right'];

function Mark({ value, highlight }: { value: Cell; highlight: boolean }) {
  if (!value) return null;
  const color = value === 'X' ? theme.primaryOnSurface : theme.accentOnSurface;
  return (
    <svg viewBox="0 0 100 100" width="62%" height="62%" aria-hidden="true" style={{ transform: highlight ? 'scale(1.08)' : 'scale(1)', transition: 'transform 200ms' }}>
      {value === 'X' ? (
        <g stroke={color} strokeWidth={14} strokeLinecap="round">
          <line x1={18} y1={18} x2={82} y2={82} />
          <line x1={82} y1={18} x2={18} y2={82} />
        </g>
      ) : (
        <circle cx={50} cy={50} r={33} fill="none" stroke={color} strokeWidth={13} />
      )}
    </svg>
  );
}

function WinLine({ line }: { line: [number, number, number] }) {
  const [drawn, setDrawn] = useState<boolean>(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(id);
  }, []);
  const center = (i: number) => ({ x: (i % 3) * 100 + 50, y: Math.floor(i / 3) * 100 + 50 });
  const a = center(line[0]);
  const b = center(line[2]);
  // Extend the line a little beyond the outer cells' centres.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  const ext = 30 / len;
  const x1 = a.x - dx * ext;
  const y1 = a.y - dy * ext;
  const x2 = b.x + dx * ext;
  const y2 = b.y + dy * ext;
  const total = Math.hypot(x2 - x1, y2 - y1);
  return (
    <svg viewBox="0 0 300 300" aria-hidden="true" data-testid="win-line" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={theme.text}
        strokeOpacity={0.75}
        strokeWidth={8}
        strokeLinecap="round"
        strokeDasharray={total}
        strokeDashoffset={drawn ? 0 : total}
        style={{ transition: 'stroke-dashoffset 450ms ease-out' }}
      />
    </svg>
  );
}

export default function Board({ board, winLine, disabled, onPlay }: BoardProps) {
  return (
    <div style={{ position: 'relative', width: 'min(100%, 420px)', aspectRatio: '1 / 1' }}>
      <div role="grid" aria-label="Game board" style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gridTemplateRows: 'repeat(3, 1fr)', gap: 'clamp(6px, 2vw, 12px)', width: '100%', height: '100%' }}>
        {board.map((cell, i) => {
          const inLine = winLine?.includes(i) ?? false;
          const canPlay = !disabled && cell === null;
          return (
            <button
              key={i}
              type="button"
              role="gridcell"
              data-testid={`cell-${i}`}
              aria-label={`${POSITION[i]}: ${cell ?? 'empty'}`}
              disabled={!canPlay}
              onClick={() => onPlay(i)}
              style={{
                display: 'grid',
                placeItems: 'center',
                borderRadius: 'clamp(12px, 3vw, 20px)',
                border: `2px solid ${inLine ? theme.primary : theme.border}`,
                background: inLine ? alpha(theme.primary, theme.isDark ? 0.22 : 0.14) : theme.surface,
                boxShadow: theme.shadowSmall,
                cursor: canPlay ? 'pointer' : 'default',
                padding: 0,
                transition: 'background 200ms, border-color 200ms',
                opacity: winLine && !inLine ? 0.55 : 1,
              }}
            >
              <Mark value={cell} highlight={inLine} />
            </button>
          );
        })}
      </div>
      {winLine && <WinLine line={winLine} />}
    </div>
  );
}
