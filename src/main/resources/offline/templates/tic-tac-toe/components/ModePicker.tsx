import type { Difficulty, Mode } from '../game';
import { theme } from '../theme';

interface ModePickerProps {
  mode: Mode;
  difficulty: Difficulty;
  onChange: (mode: Mode, difficulty: Difficulty) => void;
}

function Segmented<T extends string>({ label, options, value, onSelect }: { label: string; options: { value: T; label: string }[]; value: T; onSelect: (v: T) => void }) {
  return (
    <div role="group" aria-label={label} style={{ display: 'inline-flex', padding: 4, borderRadius: 999, background: theme.subtle, border: `1px solid ${theme.border}` }}>
      {options.map((o) => {
        const active = o.value === value;
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={active}
            data-testid={`option-${o.value}`}
            onClick={() => onSelect(o.value)}
            style={{ padding: '8px 16px', borderRadius: 999, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}

export default function ModePicker({ mode, difficulty, onChange }: ModePickerProps) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, justifyContent: 'center' }}>
      <Segmented
        label="Opponent"
        value={mode}
        options={[
          { value: 'cpu', label: '🤖 Vs computer' },
          { value: 'pvp', label: '👥 Two players' },
        ]}
        onSelect={(m) => onChange(m, difficulty)}
      />
      {mode === 'cpu' && (
        <Segmented
          label="Difficulty"
          value={difficulty}
          options={[
            { value: 'easy', label: 'Easy' },
            { value: 'unbeatable', label: 'Unbeatable' },
          ]}
          onSelect={(d) => onChange(mode, d)}
        />
      )}
    </div>
  );
}
