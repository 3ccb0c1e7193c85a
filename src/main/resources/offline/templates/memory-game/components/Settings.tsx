import { theme } from '../theme';
import { LEVELS, SETS } from '../game';
import type { Level, SetId } from '../game';

interface SettingsProps {
  level: Level;
  set: SetId;
  onLevel: (l: Level) => void;
  onSet: (s: SetId) => void;
  onRestart: () => void;
}

export default function Settings({ level, set, onLevel, onSet, onRestart }: SettingsProps) {
  const seg = (active: boolean) => ({ padding: '8px 14px', borderRadius: 9, border: 'none', background: active ? theme.primary : 'transparent', color: active ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' as const });
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, justifyContent: 'center', alignItems: 'center' }}>
      <div role="radiogroup" aria-label="Board size" style={{ display: 'flex', padding: 4, borderRadius: 12, background: theme.surface, border: `1px solid ${theme.border}` }}>
        {LEVELS.map((l) => (
          <button key={l.id} type="button" role="radio" aria-checked={level === l.id} data-testid={`level-${l.id}`} onClick={() => onLevel(l.id)} style={seg(level === l.id)}>
            {l.label}
          </button>
        ))}
      </div>
      <select aria-label="Card set" data-testid="set-select" value={set} onChange={(e) => onSet(e.target.value as SetId)} style={{ padding: '10px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.surface, color: theme.text, fontSize: 14, fontWeight: 700, fontFamily: theme.body }}>
        {SETS.map((s) => (
          <option key={s.id} value={s.id}>{s.label}</option>
        ))}
      </select>
      <button type="button" data-testid="restart" onClick={onRestart} style={{ padding: '10px 16px', borderRadius: 12, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 800, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}>
        ↻ New game
      </button>
    </div>
  );
}
