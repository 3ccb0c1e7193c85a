import { useState } from 'react';
import { TAGS, displayTitle, relativeTime, sortNotes } from '../notes';
import type { Note, Tag } from '../notes';
import { theme } from '../theme';

interface NoteListProps {
  notes: Note[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
}

export default function NoteList({ notes, selectedId, onSelect, onCreate }: NoteListProps) {
  const [query, setQuery] = useState<string>('');
  const [tag, setTag] = useState<Tag | 'all'>('all');
  const q = query.trim().toLowerCase();
  const visible = sortNotes(notes).filter((n) => (tag === 'all' || n.tag === tag) && (!q || `${n.title}\n${n.body}`.toLowerCase().includes(q)));

  const chip = (active: boolean) => ({ padding: '5px 10px', borderRadius: 999, border: `1px solid ${active ? theme.primary : theme.border}`, background: active ? theme.tint : 'transparent', color: theme.text, fontSize: 13, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body });

  return (
    <section aria-label="Notes" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 14, display: 'grid', gap: 12, boxShadow: theme.shadowSmall }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <label htmlFor="note-search" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Search notes</label>
        <input id="note-search" data-testid="search" type="search" placeholder="🔍 Search" value={query} onChange={(e) => setQuery(e.target.value)} style={{ flex: 1, minWidth: 0, padding: '10px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body }} />
        <button type="button" data-testid="new-note" onClick={onCreate} style={{ padding: '10px 14px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, cursor: 'pointer', whiteSpace: 'nowrap', fontFamily: theme.body }}>
          + New
        </button>
      </div>
      <div role="group" aria-label="Filter by tag" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        <button type="button" aria-pressed={tag === 'all'} onClick={() => setTag('all')} style={chip(tag === 'all')}>All</button>
        {TAGS.map((t) => (
          <button key={t.id} type="button" data-testid={`tag-filter-${t.id}`} aria-pressed={tag === t.id} onClick={() => setTag(t.id)} style={chip(tag === t.id)}>
            {t.icon} {t.label}
          </button>
        ))}
      </div>
      {visible.length === 0 ? (
        <p style={{ margin: 0, padding: '24px 8px', textAlign: 'center', color: theme.muted, fontSize: 14 }}>{notes.length === 0 ? 'No notes yet.' : 'No notes match.'}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
          {visible.map((n) => {
            const active = n.id === selectedId;
            const t = TAGS.find((x) => x.id === n.tag);
            return (
              <li key={n.id}>
                <button
                  type="button"
                  data-testid="note-item"
                  aria-current={active ? 'true' : undefined}
                  onClick={() => onSelect(n.id)}
                  style={{ width: '100%', textAlign: 'left', padding: '12px 14px', borderRadius: 14, border: `1px solid ${active ? theme.primary : 'transparent'}`, background: active ? theme.tint : theme.subtle, color: theme.text, cursor: 'pointer', fontFamily: theme.body, display: 'grid', gap: 4 }}
                >
                  <span style={{ display: 'flex', gap: 6, alignItems: 'center', fontWeight: 700, minWidth: 0 }}>
                    {n.pinned && <span aria-label="Pinned">📌</span>}
                    <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{displayTitle(n)}</span>
                  </span>
                  <span style={{ fontSize: 13, color: theme.muted, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{n.body.replace(/\s+/g, ' ').trim() || 'No text yet'}</span>
                  <span style={{ fontSize: 12, color: theme.muted }}>
                    {relativeTime(n.updatedAt)}
                    {t ? ` · ${t.icon} ${t.label}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
