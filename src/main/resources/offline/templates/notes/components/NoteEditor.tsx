import { useEffect, useRef, useState } from 'react';
import { BODY_MAX, TAGS, TITLE_MAX, relativeTime } from '../notes';
import type { Note, Tag } from '../notes';
import { theme, onColor } from '../theme';

interface NoteEditorProps {
  note: Note;
  saved: boolean;
  onChange: (patch: Partial<Note>) => void;
  onDelete: () => void;
  /** present on narrow screens, where the editor replaces the list */
  onBack?: () => void;
}

export default function NoteEditor({ note, saved, onChange, onDelete, onBack }: NoteEditorProps) {
  const [confirming, setConfirming] = useState<boolean>(false);
  const titleRef = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    if (!note.title && !note.body) titleRef.current?.focus();
    // Only when a fresh note opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const words = note.body.trim() ? note.body.trim().split(/\s+/).length : 0;
  const small = { padding: '8px 12px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontSize: 14, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body } as const;

  return (
    <section aria-label="Editor" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(14px, 3vw, 26px)', display: 'grid', gap: 14, boxShadow: theme.shadow, minWidth: 0 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        {onBack && (
          <button type="button" data-testid="back" onClick={onBack} style={small}>← All notes</button>
        )}
        <button type="button" data-testid="pin" aria-pressed={note.pinned} onClick={() => onChange({ pinned: !note.pinned })} style={{ ...small, background: note.pinned ? theme.tint : 'transparent' }}>
          📌 {note.pinned ? 'Pinned' : 'Pin'}
        </button>
        <label style={{ display: 'flex', alignItems: 'center', gap: 6, fontSize: 14 }}>
          <span style={{ color: theme.muted }}>Tag</span>
          <select data-testid="tag" value={note.tag ?? ''} onChange={(e) => onChange({ tag: (e.target.value || null) as Tag | null })} style={{ ...small, background: theme.background }}>
            <option value="">None</option>
            {TAGS.map((t) => (
              <option key={t.id} value={t.id}>{t.icon} {t.label}</option>
            ))}
          </select>
        </label>
        <span style={{ flex: 1 }} />
        {confirming ? (
          <span role="alert" style={{ display: 'inline-flex', gap: 6, alignItems: 'center', fontSize: 14 }}>
            Delete this note?
            <button type="button" data-testid="confirm-delete" onClick={onDelete} style={{ ...small, background: theme.danger, color: onColor(theme.danger), border: 'none' }}>Delete</button>
            <button type="button" onClick={() => setConfirming(false)} style={small}>Keep</button>
          </span>
        ) : (
          <button type="button" data-testid="delete" onClick={() => setConfirming(true)} style={small}>🗑 Delete</button>
        )}
      </div>
      <label htmlFor="note-title" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Title</label>
      <input
        id="note-title"
        ref={titleRef}
        data-testid="title"
        value={note.title}
        maxLength={TITLE_MAX}
        placeholder="Title"
        onChange={(e) => onChange({ title: e.target.value })}
        style={{ border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 'clamp(22px, 3vw, 30px)', fontWeight: 800, fontFamily: theme.heading, padding: '4px 0', minWidth: 0 }}
      />
      <label htmlFor="note-body" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Note</label>
      <textarea
        id="note-body"
        data-testid="body"
        value={note.body}
        maxLength={BODY_MAX}
        placeholder="Start writing…"
        onChange={(e) => onChange({ body: e.target.value })}
        style={{ minHeight: 'clamp(260px, 50vh, 520px)', border: 'none', outline: 'none', resize: 'vertical', background: 'transparent', color: theme.text, fontSize: 17, lineHeight: 1.7, fontFamily: theme.body, padding: 0 }}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8, fontSize: 13, color: theme.muted, borderTop: `1px solid ${theme.border}`, paddingTop: 10 }}>
        <span data-testid="counts">{words} {words === 1 ? 'word' : 'words'} · {note.body.length} characters{note.body.length >= BODY_MAX ? ' (limit reached)' : ''}</span>
        <span data-testid="save-state" aria-live="polite">{saved ? `✓ Saved · edited ${relativeTime(note.updatedAt)}` : 'Saving…'}</span>
      </div>
    </section>
  );
}
