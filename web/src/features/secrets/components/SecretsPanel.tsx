import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { relativeTime } from '@/lib/relativeTime';
import { upperCased } from '@/lib/upperCased';
import { useSecrets } from '../hooks/useSecrets';

interface Props {
  projectId: string;
}

/**
 * The project's secrets for its server code, behind a toggle like the environment variables: their
 * names and when each was set, a form to add or replace one (the value typed as a password and
 * never shown again), and Delete, asked twice.
 */
export function SecretsPanel({ projectId }: Props) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [confirming, setConfirming] = useState<string>();
  const secrets = useSecrets(projectId, opened);
  const id = useId();
  const bodyId = `${id}-body`;

  const toggler = useRef<HTMLButtonElement>(null);

  const toggle = () => {
    setOpen(!open);
    setOpened(true);
  };

  // Escape closes the panel and puts the focus back on its toggle.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggler.current?.focus();
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || !value || secrets.busy) return;
    if (await secrets.save(trimmed, value)) {
      setName('');
      setValue('');
    }
  };

  const remove = async (secret: string) => {
    if (await secrets.remove(secret)) setConfirming(undefined);
  };

  return (
    <div className="environment secrets" data-testid="secrets-panel" onKeyDown={closeOnEscape}>
      <button type="button" className="environment-toggle" ref={toggler} aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        <span className="environment-caret" aria-hidden="true">▸</span> Secrets
      </button>
      <div className="environment-body" id={bodyId} hidden={!open}>
        <p className="environment-intro muted">
          Only the app&apos;s server code reads them, as <code>process.env.NAME</code> in <code>server/</code>; its pages never see them.
        </p>

        {secrets.phase === 'loading' && (
          <p className="muted" role="status">
            Loading secrets…
          </p>
        )}

        {secrets.phase === 'failed' && (
          <p className="environment-error" role="alert" data-testid="secrets-error">
            {secrets.loadError}{' '}
            <button type="button" onClick={secrets.retry}>
              Try again
            </button>
          </p>
        )}

        {secrets.phase === 'ready' && (
          <>
            {secrets.secrets.length === 0 ? (
              <p className="muted environment-empty">No secrets yet.</p>
            ) : (
              <ul className="secrets-list" aria-label="Secrets">
                {secrets.secrets.map((secret) => (
                  <li key={secret.name} className="secrets-item">
                    <code className="secrets-name">{secret.name}</code>
                    <time className="muted" dateTime={secret.updatedAt} title={new Date(secret.updatedAt).toLocaleString()}>
                      set {relativeTime(secret.updatedAt)}
                    </time>
                    {confirming === secret.name ? (
                      <span className="data-confirm" role="group" aria-label={`Delete ${secret.name}?`}>
                        <span aria-hidden="true">Delete {secret.name}?</span>
                        <button type="button" className="danger" autoFocus disabled={secrets.busy} onClick={() => void remove(secret.name)}>
                          Yes, delete
                        </button>
                        <button type="button" disabled={secrets.busy} onClick={() => setConfirming(undefined)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="data-delete" aria-label={`Delete ${secret.name}`} onClick={() => setConfirming(secret.name)}>
                        Delete
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <form
              className="environment-form"
              onSubmit={(event) => {
                event.preventDefault();
                void save();
              }}
            >
              <fieldset disabled={secrets.busy} aria-busy={secrets.busy}>
                <legend className="visually-hidden">Add or replace a secret</legend>
                <div className="environment-row">
                  <input
                    className="environment-name"
                    aria-label="Secret name"
                    placeholder="STRIPE_KEY"
                    value={name}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    onChange={(event) => setName(upperCased(event))}
                  />
                  <span className="environment-equals" aria-hidden="true">
                    =
                  </span>
                  <input
                    className="environment-value"
                    type="password"
                    aria-label="Secret value"
                    placeholder="value"
                    value={value}
                    autoComplete="new-password"
                    spellCheck={false}
                    onChange={(event) => setValue(event.currentTarget.value)}
                  />
                </div>
                <div className="environment-actions">
                  <button type="submit" className="primary" data-testid="secret-save" disabled={secrets.busy || !name.trim() || !value}>
                    {secrets.busy ? 'Saving…' : secrets.secrets.some((s) => s.name === name.trim()) ? 'Replace secret' : 'Add secret'}
                  </button>
                  <span className="environment-status" role="status" data-testid="secrets-status">
                    {secrets.justSaved ? `${secrets.justSaved} saved — applies from the next deployment` : ''}
                  </span>
                </div>
              </fieldset>
            </form>
            {secrets.error && (
              <p className="environment-error" role="alert" data-testid="secrets-error">
                {secrets.error}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
