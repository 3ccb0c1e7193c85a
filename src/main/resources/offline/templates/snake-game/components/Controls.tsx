import type { CSSProperties } from 'react';
import { theme } from '../theme';
import { SPEEDS } from '../snake';
import type { Dir, Speed, Status, Walls } from '../snake';

interface ControlsProps {
  status: Status;
  speed: Speed;
  walls: Walls;
  onTurn: (dir: Dir) => void;
  onPause: () => void;
  onRestart: () => void;
  onSpeed: (s: Speed) => void;
  onWalls: (w: Walls) => void;
}

const ARROWS: Record<Dir, string> = { up: '▲', down: '▼', left: '◀', right: '▶' };

export default function Controls({ status, speed, walls, onTurn, onPause, onRestart, onSpeed, onWalls }: ControlsProps) {
  const pad = (dir: Dir, area: string) => (
    <button
      type="button"
      data-testid={`pad-${dir}`}
      aria-label={`Turn ${dir}`}
      onPointerDown={(e) => {
        // Turn on press, not on release: it feels immediate on touch screens.
        e.preventDefault();
        onTurn(dir);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onTurn(dir);
        }
      }}
      style={{ gridArea: area, width: 58, height: 58, borderRadius: 16, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 20, cursor: 'pointer', boxShadow: theme.shadowSmall, touchAction: 'manipulation', userSelect: 'none' }}
    >
      {ARROWS[dir]}
    </button>
  );

  const segment = (active: boolean): CSSProperties => ({ flex: 1, padding: '8px 10px', borderRadius: 9, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body });
  const group: CSSProperties = { display: 'flex', gap: 2, padding: 3, borderRadius: 12, background: theme.subtle, border: `1px solid ${theme.border}` };

  return (
    <div style={{ display: 'grid', gap: 16, justifyItems: 'center', width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', justifyContent: 'center' }}>
        <div aria-label="Direction pad" role="group" style={{ display: 'grid', gridTemplateAreas: '". up ." "left . right" ". down ."', gridTemplateColumns: 'repeat(3, 58px)', gap: 6 }}>
          {pad('up', 'up')}
          {pad('left', 'left')}
          {pad('right', 'right')}
          {pad('down', 'down')}
        </div>
        <div style={{ display: 'grid', gap: 10 }}>
          <button type="button" data-testid="pause" onClick={onPause} disabled={status === 'over'} style={{ minWidth: 150, padding: '13px 18px', borderRadius: 14, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, fontSize: 16, cursor: status === 'over' ? 'not-allowed' : 'pointer', opacity: status === 'over' ? 0.5 : 1, fontFamily: theme.body }}>
            {status === 'running' ? '⏸ Pause' : status === 'paused' ? '▶ Resume' : '▶ Start'}
          </button>
          <button type="button" data-testid="restart" onClick={onRestart} style={{ minWidth: 150, padding: '12px 18px', borderRadius: 14, border: `1.5px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}>
            ↻ New game
          </button>
        </div>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'center', width: '100%' }}>
        <div role="radiogroup" aria-label="Speed" style={{ ...group, minWidth: 0, flex: '1 1 220px', maxWidth: 300 }}>
          {(Object.keys(SPEEDS) as Speed[]).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={speed === s} data-testid={`speed-${s}`} onClick={() => onSpeed(s)} style={segment(speed === s)}>
              {SPEEDS[s].label}
            </button>
          ))}
        </div>
        <div role="radiogroup" aria-label="Walls" style={{ ...group, minWidth: 0, flex: '1 1 220px', maxWidth: 300 }}>
          <button type="button" role="radio" aria-checked={walls === 'solid'} data-testid="walls-solid" onClick={() => onWalls('solid')} style={segment(walls === 'solid')}>🧱 Solid walls</button>
          <button type="button" role="radio" aria-checked={walls === 'wrap'} data-testid="walls-wrap" onClick={() => onWalls('wrap')} style={segment(walls === 'wrap')}>🌀 Wrap</button>
        </div>
      </div>
    </div>
  );
}
