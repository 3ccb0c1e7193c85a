import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, alpha, usePageSetup } from './theme';
import { loadEntries, monthKey, saveEntries, toISODate } from './ledger';
import type { Entry } from './ledger';
import EntryForm from './components/EntryForm';
import MonthSummary from './components/MonthSummary';
import EntryList from './components/EntryList';

export default function App() {
  usePageSetup();
  const [initial] = useState(loadEntries);
  const [entries, setEntries] = useState<Entry[]>(initial.entries);
  const [storageOk, setStorageOk] = useState<boolean>(initial.storageAvailable);
  const [month, setMonth] = useState<string>(() => monthKey(toISODate(new Date())));
  const [undo, setUndo] = useState<Entry | null>(null);

  useEffect(() => {
    if (!saveEntries(entries)) setStorageOk(false);
  }, [entries]);

  useEffect(() => {
    if (!undo) return;
    const id = window.setTimeout(() => setUndo(null), 6000);
    return () => window.clearTimeout(id);
  }, [undo]);

  const inMonth = entries.filter((e) => monthKey(e.date) === month);

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 40px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1160, margin: '0 auto', display: 'grid', gap: 20, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        {!storageOk && (
          <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, fontSize: 14 }}>
            ⚠️ This browser is not letting the app save, so your entries will be gone when you close the page.
          </div>
        )}
        <MonthSummary month={month} entries={inMonth} onMonth={setMonth} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 20, alignItems: 'flex-start' }}>
          <EntryForm
            onAdd={(entry) => {
              setEntries((prev) => [entry, ...prev]);
              setMonth(monthKey(entry.date));
            }}
          />
          <EntryList
            entries={inMonth}
            onDelete={(entry) => {
              setEntries((prev) => prev.filter((e) => e.id !== entry.id));
              setUndo(entry);
            }}
          />
        </div>
      </div>
      {undo && (
        <div role="status" data-testid="undo-toast" style={{ position: 'fixed', left: '50%', bottom: 20, transform: 'translateX(-50%)', background: theme.text, color: theme.background, borderRadius: 14, padding: '12px 16px', display: 'flex', gap: 14, alignItems: 'center', boxShadow: theme.shadow, maxWidth: 'calc(100vw - 32px)', boxSizing: 'border-box', zIndex: 10 }}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>Deleted “{undo.description}”</span>
          <button
            type="button"
            data-testid="undo"
            onClick={() => {
              setEntries((prev) => [undo, ...prev]);
              setUndo(null);
            }}
            style={{ border: 'none', background: 'transparent', color: theme.background, fontWeight: 800, textDecoration: 'underline', cursor: 'pointer', fontSize: 15, fontFamily: theme.body, flexShrink: 0 }}
          >
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
