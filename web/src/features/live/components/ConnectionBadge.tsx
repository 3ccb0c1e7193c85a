import type { ConnectionState } from '../api/reconnectingSocket';

const labels: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  'not-found': 'Not found',
  closed: 'Disconnected',
};

export function ConnectionBadge({ state }: { state: ConnectionState }) {
  return (
    <span className={`connection connection-${state}`} role="status" data-testid="connection-state" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {labels[state]}
    </span>
  );
}
