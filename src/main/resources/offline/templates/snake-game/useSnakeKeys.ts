import { useEffect } from 'react';
import type { Action, Dir, Status } from './snake';

const KEYS: Record<string, Dir> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', w: 'up', s: 'down', a: 'left', d: 'right', W: 'up', S: 'down', A: 'left', D: 'right' };

/**
 * Arrow keys / WASD steer, Space, P or Escape pause, Enter or R restart; switching to another
 * tab pauses a running game instead of letting the snake crash.
 */
export function useSnakeKeys(dispatch: (a: Action) => void, onRestart: () => void, status: Status): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName ?? '';
      // Let focused buttons and fields handle Space and Enter themselves.
      if ((e.key === ' ' || e.key === 'Enter') && ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(tag)) return;
      if (KEYS[e.key]) {
        e.preventDefault();
        dispatch({ type: 'turn', dir: KEYS[e.key] });
      } else if (e.key === ' ' || e.key === 'p' || e.key === 'P' || e.key === 'Escape') {
        e.preventDefault();
        dispatch({ type: 'toggle-pause' });
      } else if (e.key === 'Enter' || e.key === 'r' || e.key === 'R') {
        e.preventDefault();
        onRestart();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, onRestart]);

  useEffect(() => {
    if (status !== 'running') return;
    const onHide = () => {
      if (document.hidden) dispatch({ type: 'toggle-pause' });
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [dispatch, status]);
}
