import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { upperCased } from '@/lib/upperCased';
import { useEnvironment } from '../hooks/useEnvironment';
import { mayBecomePublic, PREFIXES } from '../model/rows';

interface Props {
  projectId: string;
}

/**
 * The project's public variables (`import.meta.env.VITE_…`, `process.env.REACT_APP_…`) behind a
 * toggle: closed it is one button; opened the first time it loads them, as editable rows.
 */
export function EnvironmentPanel({ projectId }: Props) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const env = useEnvironment(projectId, opened);
  const id = useId();
  const bodyId = `${id}-body`;
  const hintId = `${id}-hint`;

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

  return (
    <div className="environment" data-testid="environment-panel" onKeyDown={closeOnEscape}>
      <button type="button" className="environment-toggle" ref={toggler} aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        <span className="environment-caret" aria-hidden="true">▸</span> Environment variables
      </button>
      <div className="environment-body" id={bodyId} hidden={!open}>
        <p className="environment-intro muted" id={hintId}>
          Values the app reads as <code>import.meta.env.NAME</code> or <code>process.env.NAME</code>. Names start with{' '}
          {PREFIXES.map((prefix, i) => (
            <span key={prefix}>
              {i > 0 && (i === PREFIXES.length - 1 ? ' or ' : ', ')}
              <code>{prefix}</code>
            </span>
          ))}
          , like <code>VITE_API_URL</code>. Never put a secret here.
        </p>

        {env.phase === 'loading' && (
          <p className="muted" role="status">
            Loading variables…
          </p>
        )}

        {env.phase === 'failed' && (
          <p className="environment-error" role="alert" data-testid="environment-error">
            {env.error}{' '}
            <button type="button" onClick={env.retry}>
              Try again
            </button>
          </p>
        )}

        {env.phase === 'ready' && (
          <form
            className="environment-form"
            onSubmit={(event) => {
              event.preventDefault();
              void env.save();
            }}
          >
            <fieldset disabled={env.saving} aria-busy={env.saving}>
              <legend className="visually-hidden">Variables</legend>
              {env.rows.length === 0 ? (
                <p className="muted environment-empty">No variables: the app sees none.</p>
              ) : (
                <ol className="environment-rows">
                  {env.rows.map((row, i) => {
                    const n = i + 1;
                    const offPrefix = !mayBecomePublic(row.name.trim());
                    return (
                      <li key={row.key} className="environment-row">
                        <input
                          className="environment-name"
                          aria-label={`Name of variable ${n}`}
                          aria-describedby={offPrefix ? `${id}-prefix-${row.key}` : hintId}
                          aria-invalid={offPrefix || undefined}
                          placeholder="VITE_API_URL"
                          value={row.name}
                          autoFocus={row.key === env.added}
                          autoComplete="off"
                          autoCapitalize="characters"
                          spellCheck={false}
                          onChange={(event) => env.edit(row.key, 'name', upperCased(event))}
                        />
                        <span className="environment-equals" aria-hidden="true">
                          =
                        </span>
                        <input
                          className="environment-value"
                          aria-label={`Value of variable ${n}`}
                          placeholder="value"
                          value={row.value}
                          autoComplete="off"
                          spellCheck={false}
                          onChange={(event) => env.edit(row.key, 'value', event.currentTarget.value)}
                        />
                        <button
                          type="button"
                          className="icon-button environment-remove"
                          aria-label={`Remove variable ${n}`}
                          title="Remove"
                          onClick={() => env.remove(row.key)}
                        >
                          <span aria-hidden="true">×</span>
                        </button>
                        {offPrefix && (
                          <span className="environment-hint" id={`${id}-prefix-${row.key}`}>
                            Start the name with {PREFIXES.slice(0, -1).join(', ')} or {PREFIXES.at(-1)}: the app sees no other.
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
              <div className="environment-actions">
                <button type="button" className="environment-add" onClick={env.add}>
                  + Add variable
                </button>
                <button type="submit" className="primary" data-testid="environment-save" disabled={env.saving || !env.changed}>
                  {env.saving ? 'Saving…' : 'Save'}
                </button>
                <span className="environment-status" role="status" data-testid="environment-status">
                  {env.justSaved ? 'Saved — applies from the next version' : ''}
                </span>
              </div>
              {env.note && <p className="environment-note">{env.note}</p>}
            </fieldset>
            {env.error && (
              <p className="environment-error" role="alert" data-testid="environment-error">
                {env.error}
              </p>
            )}
          </form>
        )}
      </div>
    </div>
  );
}
