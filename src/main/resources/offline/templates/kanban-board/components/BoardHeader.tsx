import { useState } from 'react';
import { config } from '../config';
import { theme, alpha, onColor } from '../theme';

interface BoardHeaderProps {
  total: number;
  doneCount: number;
  query: string;
  onQuery: (q: string) => void;
  storageOk: boolean;
  onClearDone: () => void;
}

export default function BoardHeader({ total, doneCount, query, onQuery, storageOk, onClearDone }: BoardHeaderProps) {
  const [confirming, setConfirming] = useState<boolean>(false);
  const progress = total === 0 ? 0 : Math.round((doneCount / total) * 100);

  return (
    <header style={{ display: 'grid', gap: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
        <div style={{ minWidth: 0 }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 40px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', flexShrink: 0, maxWidth: '100%' }}>
          <label htmlFor="search" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Search cards</label>
          <input
            id="search"
            type="search"
            data-testid="search"
            placeholder="🔍 Search cards"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            style={{ padding: '10px 14px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 15, flex: '1 1 200px', minWidth: 0, boxSizing: 'border-box', fontFamily: theme.body }}
          />
          {confirming ? (
            <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', fontSize: 14 }}>
              Remove {doneCount} done?
              <button type="button" data-testid="confirm-clear" onClick={() => { onClearDone(); setConfirming(false); }} style={{ padding: '8px 12px', borderRadius: 10, border: 'none', background: theme.danger, color: onColor(theme.danger), fontWeight: 700, cursor: 'pointer', fontFamily: theme.body }}>
                Remove
              </button>
              <button type="button" onClick={() => setConfirming(false)} style={{ padding: '8px 12px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, cursor: 'pointer', fontFamily: theme.body }}>
                Keep
              </button>
            </span>
          ) : (
            <button
              type="button"
              data-testid="clear-done"
              disabled={doneCount === 0}
              onClick={() => setConfirming(true)}
              style={{ padding: '10px 14px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontWeight: 600, fontSize: 14, cursor: doneCount === 0 ? 'not-allowed' : 'pointer', opacity: doneCount === 0 ? 0.5 : 1, fontFamily: theme.body }}
            >
              Clear done
            </button>
          )}
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 14, color: theme.muted }}>
        <div aria-hidden="true" style={{ flex: 1, height: 8, borderRadius: 4, background: theme.border, overflow: 'hidden', maxWidth: 320 }}>
          <div style={{ width: `${progress}%`, height: '100%', background: theme.primary, transition: 'width 300ms' }} />
        </div>
        <span data-testid="progress">{doneCount} of {total} done ({progress} %)</span>
      </div>
      {!storageOk && (
        <div role="status" style={{ padding: '10px 14px', borderRadius: 12, background: alpha(theme.warning, 0.12), border: `1px solid ${alpha(theme.warning, 0.4)}`, color: theme.text, fontSize: 14 }}>
          ⚠️ This browser is not letting the board save, so changes will be lost when you close the page.
        </div>
      )}
    </header>
  );
}
