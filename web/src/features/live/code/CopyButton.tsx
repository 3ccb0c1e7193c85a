import { useEffect, useState } from 'react';

type Copy = 'idle' | 'copied' | 'failed';

/** Where the Clipboard API is missing (a page served over plain http), a selection copies instead. */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): try the old way.
    }
  }
  return copyBySelection(text);
}

/** Copies `text`, and says so for two seconds (on the button, and to screen readers). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<Copy>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const id = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(id);
  }, [state]);

  const copy = async () => setState((await copyText(text)) ? 'copied' : 'failed');

  return (
    <>
      <button
        type="button"
        className={`copy-button copy-${state}`}
        onClick={() => void copy()}
        aria-label={`Copy ${what}`}
        data-testid="code-copy"
        data-state={state}
      >
        {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? `${what} copied to the clipboard` : state === 'failed' ? `Could not copy ${what}` : ''}
      </span>
    </>
  );
}
