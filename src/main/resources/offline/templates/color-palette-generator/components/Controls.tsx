import { useEffect, useState } from 'react';
import { theme } from '../theme';
import { MODES, normalizeHex } from '../color';
import type { Mode } from '../color';

interface ControlsProps {
  base: string;
  mode: Mode;
  baseLocked: boolean;
  onBase: (hex: string) => void;
  onMode: (mode: Mode) => void;
  onShuffle: () => void;
  onSave: () => void;
}

export default function Controls({ base, mode, baseLocked, onBase, onMode, onShuffle, onSave }: ControlsProps) {
  const [draft, setDraft] = useState<string>(base);
  useEffect(() => setDraft(base), [base]);
  const invalid = normalizeHex(draft) === null;

  const typed = (value: string) => {
    setDraft(value);
    const hex = normalizeHex(value);
    if (hex && value.replace('#', '').length === 6) onBase(hex);
  };

  const button = (primary: boolean) => ({
    padding: '12px 18px',
    borderRadius: 12,
    border: primary ? 'none' : `2px solid ${theme.borderStrong}`,
    background: primary ? theme.primary : 'transparent',
    color: primary ? theme.onPrimary : theme.text,
    fontWeight: 700,
    fontSize: 15,
    cursor: 'pointer',
    fontFamily: theme.body,
    whiteSpace: 'nowrap' as const,
  });

  return (
    <section aria-label="Palette settings" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 14, alignItems: 'flex-end' }}>
        <div style={{ flex: '1 1 240px', minWidth: 0 }}>
          <label htmlFor="base-hex" style={{ display: 'block', fontWeight: 700, fontSize: 15, marginBottom: 8 }}>
            Base colour {baseLocked && <span style={{ fontWeight: 500, color: theme.muted }}>(locked)</span>}
          </label>
          <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
            <input
              type="color"
              aria-label="Pick the base colour"
              data-testid="base-picker"
              value={base}
              onChange={(e) => onBase(e.target.value)}
              style={{ width: 52, height: 48, padding: 2, border: `2px solid ${theme.border}`, borderRadius: 12, background: theme.background, cursor: 'pointer', flexShrink: 0 }}
            />
            <input
              id="base-hex"
              data-testid="base-hex"
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={draft}
              maxLength={7}
              onChange={(e) => typed(e.target.value)}
              onBlur={() => setDraft(base)}
              aria-invalid={invalid}
              aria-describedby="base-help"
              style={{ flex: 1, minWidth: 0, maxWidth: 180, padding: '12px 14px', borderRadius: 12, border: `2px solid ${invalid ? theme.danger : theme.border}`, background: theme.background, color: theme.text, fontSize: 17, fontWeight: 700, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', textTransform: 'uppercase' }}
            />
          </div>
          <p id="base-help" style={{ margin: '6px 0 0', fontSize: 13, color: invalid ? theme.danger : theme.muted, minHeight: 18 }}>
            {invalid ? 'Use a hex code such as #2563EB or #F90.' : 'Type a hex code or use the picker.'}
          </p>
        </div>
        <div style={{ display: 'flex', gap: 10, flexWrap: 'wrap', paddingBottom: 24 }}>
          <button type="button" data-testid="shuffle" onClick={onShuffle} style={button(true)}>🎲 Shuffle</button>
          <button type="button" data-testid="save-palette" onClick={onSave} style={button(false)}>♡ Save palette</button>
        </div>
      </div>
      <div>
        <div id="mode-label" style={{ fontWeight: 700, fontSize: 15, marginBottom: 8 }}>Harmony</div>
        <div role="radiogroup" aria-labelledby="mode-label" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {MODES.map((m) => {
            const active = m.id === mode;
            return (
              <button
                key={m.id}
                type="button"
                role="radio"
                aria-checked={active}
                data-testid={`mode-${m.id}`}
                onClick={() => onMode(m.id)}
                style={{ padding: '8px 14px', borderRadius: 999, border: `2px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 600, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
              >
                {m.label}
              </button>
            );
          })}
        </div>
        <p style={{ margin: '8px 0 0', fontSize: 14, color: theme.muted }}>{MODES.find((m) => m.id === mode)?.hint}</p>
      </div>
    </section>
  );
}
