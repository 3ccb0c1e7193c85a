import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { NOTES_MAX, PRIORITIES, TITLE_MAX, validateDraft } from '../board';
import type { CardDraft, Priority } from '../board';
import { theme } from '../theme';

interface CardEditorProps {
  initial?: CardDraft;
  submitLabel: string;
  onSave: (draft: CardDraft) => void;
  onCancel: () => void;
}

export default function CardEditor({ initial, submitLabel, onSave, onCancel }: CardEditorProps) {
  const [draft, setDraft] = useState<CardDraft>(initial ?? { title: '', notes: '', priority: 'medium' });
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const save = () => {
    const problem = validateDraft(draft);
    setError(problem);
    if (!problem) onSave(draft);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') onCancel();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
  };

  const field = { width: '100%', boxSizing: 'border-box' as const, padding: '9px 11px', borderRadius: 10, border: `1px solid ${theme.borderStrong}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body };

  return (
    <div onKeyDown={onKeyDown} data-testid="card-editor" style={{ background: theme.surface, borderRadius: 14, padding: 12, border: `2px solid ${theme.primary}`, display: 'grid', gap: 8, boxShadow: theme.shadow }}>
      <label style={{ display: 'grid', gap: 4, fontSize: 13, fontWeight: 600, color: theme.muted }}>
        Title
        <input
          ref={titleRef}
          data-testid="editor-title"
          value={draft.title}
          maxLength={TITLE_MAX + 20}
          onChange={(e) => {
            setDraft({ ...draft, title: e.target.value });
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            }
          }}
          aria-invalid={error !== null}
          style={{ ...field, borderColor: error ? theme.danger : theme.borderStrong }}
        />
      </label>
      <label style={{ display: 'grid', gap: 4, fontSize: 13, fontWeight: 600, color: theme.muted }}>
        Notes (optional)
        <textarea data-testid="editor-notes" rows={3} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} style={{ ...field, resize: 'vertical' }} />
        <span style={{ fontWeight: 400, fontSize: 12, textAlign: 'right', color: draft.notes.length > NOTES_MAX ? theme.danger : theme.muted }}>{draft.notes.length}/{NOTES_MAX}</span>
      </label>
      <label style={{ display: 'grid', gap: 4, fontSize: 13, fontWeight: 600, color: theme.muted }}>
        Priority
        <select data-testid="editor-priority" value={draft.priority} onChange={(e) => setDraft({ ...draft, priority: e.target.value as Priority })} style={field}>
          {PRIORITIES.map((p) => (
            <option key={p.id} value={p.id}>{p.label}</option>
          ))}
        </select>
      </label>
      {error && <p role="alert" style={{ margin: 0, color: theme.danger, fontSize: 14 }}>{error}</p>}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" data-testid="editor-save" onClick={save} style={{ padding: '9px 16px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel} style={{ padding: '9px 16px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}>
          Cancel
        </button>
      </div>
    </div>
  );
}
