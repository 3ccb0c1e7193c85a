import { theme, useViewportWidth } from '../theme';
import { colorName, textOn } from '../color';
import type { Swatch } from '../color';

interface SwatchesProps {
  swatches: Swatch[];
  selected: number;
  onSelect: (index: number) => void;
  onLock: (index: number) => void;
  onCopy: (hex: string) => void;
}

export default function Swatches({ swatches, selected, onSelect, onLock, onCopy }: SwatchesProps) {
  const narrow = useViewportWidth() < 720;
  return (
    <section
      aria-label="Palette"
      style={{ display: 'grid', gridTemplateColumns: narrow ? 'minmax(0, 1fr)' : `repeat(${swatches.length}, minmax(0, 1fr))`, borderRadius: theme.radius + 6, overflow: 'hidden', boxShadow: theme.shadow, border: `1px solid ${theme.border}` }}
    >
      {swatches.map((s, i) => {
        const ink = textOn(s.hex);
        const isSelected = i === selected;
        const small = { border: `1px solid ${ink === '#ffffff' ? 'rgba(255,255,255,0.45)' : 'rgba(17,17,17,0.3)'}`, background: ink === '#ffffff' ? 'rgba(255,255,255,0.14)' : 'rgba(17,17,17,0.08)', color: ink, borderRadius: 10, padding: '6px 10px', fontSize: 13, fontWeight: 700, cursor: 'pointer', fontFamily: theme.body } as const;
        return (
          <div
            key={i}
            data-testid={`swatch-${i}`}
            data-hex={s.hex}
            style={{ background: s.hex, color: ink, minHeight: narrow ? 96 : 230, padding: narrow ? '14px 16px' : '18px 16px', display: 'flex', flexDirection: narrow ? 'row' : 'column', justifyContent: 'space-between', alignItems: narrow ? 'center' : 'stretch', gap: 10, position: 'relative', boxShadow: isSelected ? `inset 0 0 0 4px ${ink}` : 'none', transition: 'background 250ms' }}
          >
            <button
              type="button"
              onClick={() => onSelect(i)}
              aria-pressed={isSelected}
              aria-label={`Inspect ${colorName(s.hex)} ${s.hex.toUpperCase()}`}
              data-testid={`select-${i}`}
              style={{ position: 'absolute', inset: 0, background: 'transparent', border: 'none', cursor: 'pointer' }}
            />
            <div style={{ position: 'relative', pointerEvents: 'none', minWidth: 0 }}>
              <div style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontWeight: 800, fontSize: narrow ? 18 : 20, letterSpacing: '0.02em' }}>{s.hex.toUpperCase()}</div>
              <div style={{ fontSize: 13, opacity: 0.85 }}>{i === 0 ? 'Base · ' : ''}{colorName(s.hex)}</div>
            </div>
            <div style={{ position: 'relative', display: 'flex', gap: 6, flexWrap: 'wrap' }}>
              <button type="button" data-testid={`lock-${i}`} aria-pressed={s.locked} aria-label={s.locked ? `Unlock ${s.hex}` : `Lock ${s.hex}`} onClick={() => onLock(i)} style={small}>
                {s.locked ? '🔒 Locked' : '🔓 Lock'}
              </button>
              <button type="button" data-testid={`copy-${i}`} aria-label={`Copy ${s.hex}`} onClick={() => onCopy(s.hex.toUpperCase())} style={small}>
                Copy
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
