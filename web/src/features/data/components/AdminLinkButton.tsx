import { useState } from 'react';
import { createAdminLink } from '../api/data';

type State = { phase: 'idle' | 'opening' } | { phase: 'failed'; message: string } | { phase: 'blocked'; url: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Opens the app in a new tab signed in as its admin, through a one-time link the server makes.
 * The tab is opened on the click itself (a tab opened once the answer is in would be blocked as
 * a pop-up) and sent to the link when it comes; if the browser blocked it anyway, the link is
 * shown to follow by hand.
 */
export function AdminLinkButton({ projectId }: { projectId: string }) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const open = async () => {
    const tab = window.open('', '_blank');
    setState({ phase: 'opening' });
    try {
      const { url } = await createAdminLink(projectId);
      if (tab && !tab.closed) {
        tab.opener = null; // the app's page gets no handle on this one
        tab.location.href = url;
        setState({ phase: 'idle' });
      } else {
        setState({ phase: 'blocked', url });
      }
    } catch (err) {
      tab?.close();
      setState({ phase: 'failed', message: messageOf(err) });
    }
  };

  return (
    <span className="data-admin-link">
      <button type="button" className="primary" disabled={state.phase === 'opening'} onClick={() => void open()} data-testid="data-admin-link">
        {state.phase === 'opening' ? 'Opening…' : 'Open the app as admin'}
        <span aria-hidden="true"> ↗</span>
      </button>
      {state.phase === 'failed' && (
        <span className="data-error" role="alert">
          {state.message}
        </span>
      )}
      {state.phase === 'blocked' && (
        <span role="status">
          The browser kept the tab from opening:{' '}
          <a href={state.url} target="_blank" rel="noopener noreferrer" onClick={() => setState({ phase: 'idle' })}>
            open the app as admin
          </a>{' '}
          (the link works once, for two minutes).
        </span>
      )}
    </span>
  );
}
