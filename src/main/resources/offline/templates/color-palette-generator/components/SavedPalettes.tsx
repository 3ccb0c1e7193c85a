import { theme } from '../theme';
import { MODES } from '../color';
import type { SavedPalette } from '../storage';

interface SavedPalettesProps {
  palettes: SavedPalette[];
  storageOk: boolean;
  onLoad: (palette: SavedPalette) => void;
  onDelete: (id: string) => void;
}

export default function SavedPalettes({ palettes, storageOk, onLoad, onDelete }: SavedPalettesProps) {
  return (
    <section aria-label="Saved palettes" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Saved palettes {palettes.length > 0 && <span style={{ color: theme.muted, fontWeight: 500, fontSize: 16 }}>({palettes.length})</span>}</h2>
      {!storageOk && (
        <p role="alert" style={{ margin: '8px 0 0', color: theme.warning, fontSize: 14 }}>This browser is not letting the app save, so saved palettes last until you close the page.</p>
      )}
      {palettes.length === 0 ? (
        <p data-testid="saved-empty" style={{ margin: '8px 0 0', color: theme.muted }}>Nothing saved yet. Press “Save palette” to keep the ones you like.</p>
      ) : (
        <ul data-testid="saved-list" style={{ listStyle: 'none', margin: '14px 0 0', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 220px), 1fr))', gap: 12 }}>
          {palettes.map((p) => (
            <li key={p.id} data-testid="saved-item" style={{ border: `1px solid ${theme.border}`, borderRadius: 12, overflow: 'hidden', background: theme.background }}>
              <button type="button" onClick={() => onLoad(p)} aria-label={`Load palette ${p.colors.join(', ')}`} style={{ display: 'flex', width: '100%', height: 56, padding: 0, border: 'none', cursor: 'pointer' }}>
                {p.colors.map((c, i) => (
                  <span key={i} style={{ flex: 1, background: c }} />
                ))}
              </button>
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '6px 10px', fontSize: 13, gap: 8 }}>
                <span style={{ color: theme.muted }}>
                  {MODES.find((m) => m.id === p.mode)?.label ?? 'Custom'} · {new Date(p.savedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}
                </span>
                <button type="button" data-testid="delete-saved" onClick={() => onDelete(p.id)} aria-label="Delete saved palette" style={{ border: 'none', background: 'none', color: theme.danger, cursor: 'pointer', fontSize: 13, fontWeight: 700, fontFamily: theme.body, padding: 4 }}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
