import type { Mode } from '../usePomodoro';
import { MODE_LABELS } from '../usePomodoro';
import { theme } from '../theme';

interface ModeTabsProps {
  mode: Mode;
  onSelect: (mode: Mode) => void;
}

const MODES: Mode[] = ['focus', 'short', 'long'];

export default function ModeTabs({ mode, onSelect }: ModeTabsProps) {
  return (
    <div role="tablist" aria-label="Session type" style={{ display: 'grid', gridTemplateColumns: 'repeat(3, auto)', gap: 4, padding: 4, borderRadius: 999, background: theme.subtle, maxWidth: '100%' }}>
      {MODES.map((m) => {
        const active = m === mode;
        return (
          <button
            key={m}
            role="tab"
            aria-selected={active}
            data-testid={`mode-${m}`}
            onClick={() => onSelect(m)}
            style={{ padding: '8px clamp(8px, 2.5vw, 16px)', borderRadius: 999, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
          >
            {MODE_LABELS[m]}
          </button>
        );
      })}
    </div>
  );
}
