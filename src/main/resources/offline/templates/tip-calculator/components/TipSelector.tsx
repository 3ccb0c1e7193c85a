import { useState } from 'react';
import { theme } from '../theme';

const PRESETS = [10, 15, 18, 20, 25];

interface TipSelectorProps {
  tipPercent: string;
  error: string | null;
  onChange: (value: string) => void;
}

export default function TipSelector({ tipPercent, error, onChange }: TipSelectorProps) {
  const isPreset = PRESETS.some((p) => String(p) === tipPercent.trim());
  const [customOpen, setCustomOpen] = useState<boolean>(!isPreset);
  const showCustom = customOpen || !isPreset;

  const chip = (active: boolean) => ({
    padding: '12px 0',
    borderRadius: 12,
    border: `2px solid ${active ? theme.primary : theme.border}`,
    background: active ? theme.primary : theme.background,
    color: active ? theme.onPrimary : theme.text,
    fontWeight: 700,
    fontSize: 16,
    cursor: 'pointer',
    fontFamily: theme.body,
    transition: 'background 120ms, border-color 120ms',
  });

  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 10, fontSize: 15, padding: 0 }}>Tip</legend>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 10 }}>
        {PRESETS.map((p) => {
          const active = !showCustom && tipPercent.trim() === String(p);
          return (
            <button
              key={p}
              type="button"
              data-testid={`tip-${p}`}
              aria-pressed={active}
              onClick={() => {
                setCustomOpen(false);
                onChange(String(p));
              }}
              style={chip(active)}
            >
              {p}%
            </button>
          );
        })}
        <button type="button" data-testid="tip-custom" aria-pressed={showCustom} onClick={() => setCustomOpen(true)} style={chip(showCustom)}>
          Custom
        </button>
      </div>
      {showCustom && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor="custom-tip" style={{ display: 'block', fontSize: 14, color: theme.muted, marginBottom: 6 }}>Custom tip percentage</label>
          <div style={{ display: 'flex', alignItems: 'center', maxWidth: 200, border: `2px solid ${error ? theme.danger : theme.border}`, borderRadius: 12, background: theme.background }}>
            <input
              id="custom-tip"
              data-testid="custom-tip-input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={tipPercent}
              onChange={(e) => onChange(e.target.value)}
              aria-invalid={error !== null}
              aria-describedby="tip-help"
              style={{ flex: 1, minWidth: 0, border: 'none', outline: 'none', background: 'transparent', color: theme.text, fontSize: 18, fontWeight: 700, padding: '10px 12px', fontFamily: theme.body }}
            />
            <span aria-hidden="true" style={{ paddingRight: 14, color: theme.muted, fontWeight: 700 }}>%</span>
          </div>
        </div>
      )}
      <p id="tip-help" role={error ? 'alert' : undefined} style={{ margin: '8px 0 0', fontSize: 14, minHeight: 20, color: error ? theme.danger : theme.muted }}>
        {error ?? (Number(tipPercent) >= 20 ? 'Generous. Your server will notice.' : Number(tipPercent) === 0 ? 'No tip this time.' : 'A typical tip for table service is 15–20 %.')}
      </p>
    </fieldset>
  );
}
