import { useState } from 'react';
import { theme, alpha } from '../theme';
import { entries as entriesApi, moodOf, when } from '../guestbook';
import type { Entry } from '../guestbook';

interface EntryListProps {
  entries: Entry[];
  total: number;
  loading: boolean;
  error: { message: string } | null | undefined;
  onRetry: () => void;
  userId: number | null;
}

export default function EntryList({ entries, total, loading, error, onRetry, userId }: EntryListProps) {
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (entry: Entry) => {
    if (!window.confirm('Delete your entry from the guestbook?')) return;
    setProblem(null);
    try {
      await entriesApi.remove(entry.id);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The entry could not be deleted.');
    }
  };

  return (
    <section aria-label="Entries" style={{ display: 'grid', gap: 10 }}>
      <h2 style={{ margin: '6px 0 0', fontFamily: theme.heading, fontSize: 18 }}>
        {total === 1 ? '1 entry' : `${total} entries`}
      </h2>
      {problem && <p role="alert" style={{ margin: 0, color: theme.danger, fontSize: 14 }}>{problem}</p>}
      {error ? (
        <div role="alert" style={{ padding: 16, borderRadius: 16, background: alpha(theme.danger, 0.08), border: `1px solid ${alpha(theme.danger, 0.3)}`, display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          <span>The guestbook could not be loaded: {error.message}</span>
          <button type="button" onClick={onRetry} style={{ padding: '8px 14px', borderRadius: 10, border: 'none', background: theme.primary, color: theme.onPrimary, cursor: 'pointer', fontFamily: theme.body, fontWeight: 700 }}>Retry</button>
        </div>
      ) : loading && entries.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted }}>Loading the entries…</p>
      ) : entries.length === 0 ? (
        <p style={{ margin: 0, padding: '28px 12px', textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.border}`, borderRadius: 16 }}>No entries yet. Be the first to sign!</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {entries.map((entry) => {
            const mood = moodOf(entry.mood);
            return (
              <li key={entry.id} data-testid="entry-item" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 16, padding: '14px 16px', boxShadow: theme.shadowSmall }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <strong>{mood.icon} {entry.ownerName ?? 'A visitor'}</strong>
                  <span style={{ color: theme.muted, fontSize: 13 }}>{when(entry.createdAt)}</span>
                </div>
                <p data-testid="entry-text" style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', lineHeight: 1.5 }}>{entry.message}</p>
                {userId !== null && entry.owner === userId && (
                  <button type="button" onClick={() => remove(entry)} style={{ marginTop: 8, padding: 0, border: 'none', background: 'none', color: theme.danger, cursor: 'pointer', fontSize: 13, fontFamily: theme.body }}>Delete</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
