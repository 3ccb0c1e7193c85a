import type { FixState } from '../hooks/useFixRequest';

interface Props {
  state: FixState;
  onFix: () => void;
  auto: boolean;
  onAutoChange: (on: boolean) => void;
}

/** "Fix it", what came of it, and the switch that fixes errors as they come. */
export function FixControls({ state, onFix, auto, onAutoChange }: Props) {
  const busy = state.status === 'sending' || state.status === 'sent';
  return (
    <div className="runtime-actions">
      <button type="button" className="primary" onClick={onFix} disabled={busy} data-testid="runtime-fix">
        {state.status === 'sending' ? 'Sending…' : 'Fix it'}
      </button>
      <label className="runtime-auto">
        <input type="checkbox" checked={auto} onChange={(e) => onAutoChange(e.target.checked)} data-testid="runtime-auto-fix" />
        Fix errors automatically
      </label>
      {state.status === 'sent' && (
        <p className="runtime-status" role="status" data-testid="runtime-fix-sent">
          {state.automatic ? 'Sent automatically' : 'Sent'} as a change request; the fix is being built.
        </p>
      )}
      {state.status === 'refused' && (
        <p className="runtime-status runtime-refused" role="status" data-testid="runtime-fix-refused">
          {state.reason}
        </p>
      )}
    </div>
  );
}
