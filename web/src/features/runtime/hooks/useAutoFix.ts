import { useCallback, useState } from 'react';

const KEY = 'faibric.runtime.autoFix';

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Whether run-time errors are sent to be fixed as they come (remembered in this browser). The
 * server's policy holds for these as for a click: one per message of the owner's, never the same
 * error twice, never during a build.
 */
export function useAutoFix() {
  const [auto, setAuto] = useState(stored);
  const change = useCallback((on: boolean) => {
    setAuto(on);
    try {
      window.localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage refused: the choice lasts as long as the page.
    }
  }, []);
  return [auto, change] as const;
}
