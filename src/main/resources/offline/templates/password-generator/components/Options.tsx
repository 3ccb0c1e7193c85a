import type { ReactNode } from 'react';
import { theme } from '../theme';
import { CLASS_INFO, MAX_LENGTH, MAX_WORDS, MIN_LENGTH, MIN_WORDS, SEPARATORS, activeClasses } from '../generator';
import type { Mode, Settings } from '../generator';

interface OptionsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

function Toggle({ checked, disabled, onChange, testId, children }: { checked: boolean; disabled?: boolean; onChange: (v: boolean) => void; testId: string; children: ReactNode }) {
  return (
    <label style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '10px 12px', borderRadius: 12, border: `1.5px solid ${checked ? theme.primary : theme.border}`, background: checked ? theme.tint : 'transparent', cursor: disabled ? 'not-allowed' : 'pointer', opacity: disabled ? 0.7 : 1, minWidth: 0 }}>
      <input type="checkbox" data-testid={testId} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} style={{ width: 18, height: 18, accentColor: theme.primary, flexShrink: 0, margin: 0 }} />
      <span style={{ minWidth: 0 }}>{children}</span>
    </label>
  );
}

function Slider({ id, label, value, min, max, unit, onChange }: { id: string; label: string; value: number; min: number; max: number; unit: string; onChange: (v: number) => void }) {
  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 6 }}>
        <label htmlFor={id} style={{ fontWeight: 700 }}>{label}</label>
        <span data-testid={`${id}-value`} style={{ fontWeight: 800, fontSize: 20, fontVariantNumeric: 'tabular-nums' }}>
          {value} <span style={{ fontSize: 14, fontWeight: 600, color: theme.muted }}>{unit}</span>
        </span>
      </div>
      <input id={id} data-testid={id} type="range" min={min} max={max} value={value} onChange={(e) => onChange(Number(e.target.value))} style={{ width: '100%', accentColor: theme.primary, margin: 0 }} />
      <div aria-hidden="true" style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: theme.muted }}>
        <span>{min}</span>
        <span>{max}</span>
      </div>
    </div>
  );
}

export default function Options({ settings, onChange }: OptionsProps) {
  const onlyOne = activeClasses(settings).length === 1;
  const modeTab = (mode: Mode, label: string) => {
    const active = settings.mode === mode;
    return (
      <button
        type="button"
        role="tab"
        aria-selected={active}
        data-testid={`mode-${mode}`}
        onClick={() => onChange({ mode })}
        style={{ flex: 1, padding: '10px 12px', borderRadius: 10, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
      >
        {label}
      </button>
    );
  };

  return (
    <div style={{ display: 'grid', gap: 18 }}>
      <div role="tablist" aria-label="Kind of password" style={{ display: 'flex', gap: 4, padding: 4, borderRadius: 14, background: theme.subtle, border: `1px solid ${theme.border}` }}>
        {modeTab('password', 'Password')}
        {modeTab('passphrase', 'Passphrase')}
      </div>

      {settings.mode === 'password' ? (
        <>
          <Slider id="length" label="Length" value={settings.length} min={MIN_LENGTH} max={MAX_LENGTH} unit="characters" onChange={(length) => onChange({ length })} />
          <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
            <legend style={{ fontWeight: 700, marginBottom: 8, padding: 0 }}>Include</legend>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 150px), 1fr))', gap: 8 }}>
              {CLASS_INFO.map((c) => (
                <Toggle
                  key={c.id}
                  testId={`class-${c.id}`}
                  checked={settings.classes[c.id]}
                  disabled={onlyOne && settings.classes[c.id]}
                  onChange={(v) => onChange({ classes: { ...settings.classes, [c.id]: v } })}
                >
                  <span style={{ display: 'block', fontWeight: 600, fontSize: 15 }}>{c.label}</span>
                  <span style={{ display: 'block', fontSize: 13, color: theme.muted, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>{c.sample}</span>
                </Toggle>
              ))}
            </div>
            {onlyOne && <p style={{ margin: '8px 0 0', fontSize: 13, color: theme.muted }}>At least one kind of character has to stay on.</p>}
          </fieldset>
          <Toggle testId="avoid-ambiguous" checked={settings.avoidAmbiguous} onChange={(avoidAmbiguous) => onChange({ avoidAmbiguous })}>
            <span style={{ display: 'block', fontWeight: 600, fontSize: 15 }}>Avoid look-alikes</span>
            <span style={{ display: 'block', fontSize: 13, color: theme.muted }}>Leaves out O 0 I l 1 | for passwords you read out or type by hand</span>
          </Toggle>
        </>
      ) : (
        <>
          <Slider id="words" label="Words" value={settings.words} min={MIN_WORDS} max={MAX_WORDS} unit="words" onChange={(words) => onChange({ words })} />
          <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
            <legend style={{ fontWeight: 700, marginBottom: 8, padding: 0 }}>Separator</legend>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {SEPARATORS.map((sep) => {
                const active = settings.separator === sep;
                return (
                  <button
                    key={sep}
                    type="button"
                    aria-pressed={active}
                    aria-label={sep === ' ' ? 'Space' : sep}
                    onClick={() => onChange({ separator: sep })}
                    style={{ minWidth: 52, padding: '8px 12px', borderRadius: 10, border: `2px solid ${active ? theme.primary : theme.border}`, background: active ? theme.tint : 'transparent', color: theme.text, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
                  >
                    {sep === ' ' ? 'space' : sep}
                  </button>
                );
              })}
            </div>
          </fieldset>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))', gap: 8 }}>
            <Toggle testId="capitalize" checked={settings.capitalize} onChange={(capitalize) => onChange({ capitalize })}>
              <span style={{ fontWeight: 600, fontSize: 15 }}>Capitalise words</span>
            </Toggle>
            <Toggle testId="add-number" checked={settings.addNumber} onChange={(addNumber) => onChange({ addNumber })}>
              <span style={{ fontWeight: 600, fontSize: 15 }}>Add a number</span>
            </Toggle>
          </div>
        </>
      )}
    </div>
  );
}
