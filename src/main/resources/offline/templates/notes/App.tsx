import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup, useViewportWidth } from './theme';
import { loadNotes, newNote, saveNotes, sortNotes } from './notes';
import type { Note } from './notes';
import NoteList from './components/NoteList';
import NoteEditor from './components/NoteEditor';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadNotes);
  const [notes, setNotes] = useState<Note[]>(initial.notes);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageAvailable);
  const [selectedId, setSelectedId] = useState<string | null>(() => sortNotes(initial.notes)[0]?.id ?? null);
  const [saved, setSaved] = useState<boolean>(true);
  const narrow = useViewportWidth() < 760;
  const [showEditor, setShowEditor] = useState<boolean>(false);

  // Saving is debounced so typing stays smooth; the indicator shows when it happened.
  useEffect(() => {
    setSaved(false);
    const id = window.setTimeout(() => {
      if (!saveNotes(notes)) setStorageOk(false);
      setSaved(true);
    }, 400);
    return () => window.clearTimeout(id);
  }, [notes]);

  const selected = notes.find((n) => n.id === selectedId) ?? null;

  const create = () => {
    const note = newNote();
    setNotes((prev) => [note, ...prev]);
    setSelectedId(note.id);
    setShowEditor(true);
  };
  const update = (id: string, patch: Partial<Note>) => setNotes((prev) => prev.map((n) => (n.id === id ? { ...n, ...patch, updatedAt: Date.now() } : n)));
  const remove = (id: string) => {
    const rest = notes.filter((n) => n.id !== id);
    setNotes(rest);
    setSelectedId(sortNotes(rest)[0]?.id ?? null);
    setShowEditor(false);
  };

  const list = (
    <NoteList
      notes={notes}
      selectedId={narrow ? null : selectedId}
      onSelect={(id) => {
        setSelectedId(id);
        setShowEditor(true);
      }}
      onCreate={create}
    />
  );
  const editor = selected ? (
    <NoteEditor key={selected.id} note={selected} saved={saved} onChange={(patch) => update(selected.id, patch)} onDelete={() => remove(selected.id)} onBack={narrow ? () => setShowEditor(false) : undefined} />
  ) : (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 300, color: theme.muted, textAlign: 'center', padding: 24 }}>
      <div>
        <div aria-hidden="true" style={{ fontSize: 44 }}>🗒️</div>
        <p>No note selected. Create one to get started.</p>
      </div>
    </div>
  );

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(12px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1180, margin: '0 auto', display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: 12, flexWrap: 'wrap' }}>
          <div>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 38px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '4px 0 0', color: theme.muted }}>{config.tagline}</p>
          </div>
          <span style={{ fontSize: 14, color: theme.muted }}>{notes.length} {notes.length === 1 ? 'note' : 'notes'}</span>
        </header>
        {!storageOk && (
          <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, fontSize: 14 }}>
            ⚠️ This browser is not letting the app save, so your notes will be lost when you close the page.
          </div>
        )}
        <div style={{ display: 'grid', gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : 'minmax(260px, 340px) minmax(0, 1fr)', gap: 16, alignItems: 'start' }}>
          {narrow ? (showEditor && selected ? editor : list) : (
            <>
              {list}
              {editor}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
