import { useRef, useState } from 'react';

interface Props {
  /** What goes: "row 12", "user ann@example.com". */
  name: string;
  /** Deletes; resolves to false when it did not (the table says why). */
  onConfirm: () => Promise<boolean>;
}

/**
 * Delete, asked twice: the button turns into "Delete row 12?" with "Yes, delete" (focused) and
 * Cancel; Escape cancels and the focus goes back to Delete.
 */
export function DeleteControl({ name, onConfirm }: Props) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'deleting'>('idle');
  const refocus = useRef(false);

  const back = () => {
    refocus.current = true;
    setStep('idle');
  };

  if (step === 'idle') {
    return (
      <button
        type="button"
        className="data-delete"
        aria-label={`Delete ${name}`}
        ref={(button) => {
          if (button && refocus.current) {
            refocus.current = false;
            button.focus();
          }
        }}
        onClick={() => setStep('confirm')}
      >
        Delete
      </button>
    );
  }

  const deleting = step === 'deleting';
  const confirm = async () => {
    setStep('deleting');
    // Once deleted, the row stays "Deleting…" until the table has loaded again without it.
    if (!(await onConfirm())) back();
  };

  return (
    <span
      className="data-confirm"
      role="group"
      aria-label={`Delete ${name}?`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !deleting) back();
      }}
    >
      <span aria-hidden="true">Delete {name}?</span>
      <button type="button" className="danger" autoFocus disabled={deleting} onClick={() => void confirm()}>
        {deleting ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button type="button" disabled={deleting} onClick={back}>
        Cancel
      </button>
    </span>
  );
}
