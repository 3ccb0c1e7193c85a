import { useState, type FormEvent } from 'react';

interface Props {
  initial: string;
  busy: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Names a version: a short text field, saved with Enter, left with Escape. */
export function BookmarkForm({ initial, busy, onSave, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  };
  return (
    <form className="bookmark-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="bookmark-name">
        Bookmark name
      </label>
      <input
        id="bookmark-name"
        data-testid="bookmark-name"
        value={name}
        maxLength={80}
        autoFocus
        placeholder="e.g. Before the redesign"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <button type="submit" disabled={busy || !name.trim()} data-testid="bookmark-save">
        Save
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
