import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFocusTrap } from '@/hooks/useFocusTrap';
import { deleteProject } from '../api/projects';

interface Props {
  projectId: string;
  /** The project's title, which the confirmation names. */
  title: string;
}

/**
 * "Delete project", confirmed in a dialog that names the project; once deleted, back to the list
 * of projects. Escape or Cancel closes the dialog and gives the focus back to the button; a refusal
 * (a build running, say) shows in it. Tab stays inside the dialog while it is open.
 */
export function DeleteProject({ projectId, title }: Props) {
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);

  const close = () => {
    if (deleting) return;
    setAsking(false);
    setError(undefined);
    opener.current?.focus();
  };
  const trap = useFocusTrap<HTMLDivElement>(close);

  const confirm = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await deleteProject(projectId);
      navigate('/', { replace: true });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setDeleting(false);
    }
  };

  return (
    <>
      <button type="button" className="project-delete" ref={opener} onClick={() => setAsking(true)} data-testid="project-delete">
        Delete project
      </button>
      {asking && (
        // A click beside the dialog leaves the focus in it.
        <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}>
          <div
            className="dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-text`}
            {...trap}
          >
            <h2 id={`${id}-title`}>Delete “{title}”?</h2>
            <p id={`${id}-text`}>
              Its app stops being served, and its versions, data, users and secrets are deleted for good. This cannot be undone.
            </p>
            {error && (
              <p className="environment-error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="danger" disabled={deleting} onClick={() => void confirm()}>
                {deleting ? 'Deleting…' : 'Delete project'}
              </button>
              <button type="button" autoFocus disabled={deleting} onClick={close}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
