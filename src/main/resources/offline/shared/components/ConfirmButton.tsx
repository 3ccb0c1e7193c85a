import { useState } from 'react';
import { button } from '../ui';
import { useAction } from '../form';
import { FormError } from './States';

interface ConfirmButtonProps {
  /** What the button says, e.g. "Delete". */
  label: string;
  /** The question asked before acting, e.g. "Delete this post for everyone?". */
  question: string;
  onConfirm: () => void;
  testId?: string;
  ariaLabel?: string;
}

/** A destructive action that asks once before it happens. */
export default function ConfirmButton({ label, question, onConfirm, testId, ariaLabel }: ConfirmButtonProps) {
  const [asking, setAsking] = useState<boolean>(false);
  if (!asking) {
    return (
      <button type="button" data-testid={testId} aria-label={ariaLabel} onClick={() => setAsking(true)} style={button('secondary', true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="alert" style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', fontSize: 14 }}>
      <span>{question}</span>
      <button
        type="button"
        data-testid="confirm"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        style={button('danger', true)}
      >
        {label}
      </button>
      <button type="button" onClick={() => setAsking(false)} style={button('secondary', true)}>
        Keep
      </button>
    </span>
  );
}

interface RowActionsProps {
  /** Where editing the row happens. */
  edit: string;
  /** What deleting it is called, e.g. "Delete" or "Cancel event". */
  deleteLabel: string;
  question: string;
  onDelete: () => Promise<unknown>;
  testId: string;
}

/** The admin's edit link and delete button under a row's page, with what went wrong. */
export function RowActions({ edit, deleteLabel, question, onDelete, testId }: RowActionsProps) {
  const action = useAction();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      <a href={edit} data-testid={`edit-${testId}`} style={{ ...button('secondary', true), textDecoration: 'none' }}>
        Edit
      </a>
      <ConfirmButton label={deleteLabel} question={question} testId={`delete-${testId}`} onConfirm={() => action.run(onDelete)} />
      <FormError message={action.error} />
    </div>
  );
}
