import { theme, alpha } from '../theme';
import { colorName, contrastRatio, hexToHsl, hexToRgb, rating, scale, textOn } from '../color';

interface InspectorProps {
  colors: string[];
  index: number;
  onUse: (hex: string) => void;
  onCopy: (text: string) => void;
}

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

function Badge({ ratio }: { ratio: number }) {
  const r = rating(ratio);
  const color = r === 'Fail' ? theme.danger : r === 'AA large' ? theme.warning : theme.success;
  return (
    <span style={{ padding: '2px 8px', borderRadius: 999, fontSize: 12, fontWeight: 800, color, background: alpha(color, 0.12), border: `1px solid ${alpha(color, 0.4)}`, whiteSpace: 'nowrap' }}>{r}</span>
  );
}

export default function Inspector({ colors, index, onUse, onCopy }: InspectorProps) {
  const hex = colors[index];
  const [r, g, b] = hexToRgb(hex);
  const hsl = hexToHsl(hex);
  const formats = [
    ['HEX', hex.toUpperCase()],
    ['RGB', `rgb(${r}, ${g}, ${b})`],
    ['HSL', `hsl(${Math.round(hsl.h)}, ${Math.round(hsl.s)}%, ${Math.round(hsl.l)}%)`],
  ];
  const pairs: { label: string; other: string }[] = [
    { label: 'White text', other: '#ffffff' },
    { label: 'Black text', other: '#000000' },
    ...colors.map((c, i) => ({ label: `Swatch ${i + 1}`, other: c })).filter((_, i) => i !== index),
  ];

  return (
    <section aria-label="Selected colour" data-testid="inspector" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall, minWidth: 0 }}>
      <div style={{ display: 'flex', gap: 14, alignItems: 'center' }}>
        <span aria-hidden="true" style={{ width: 56, height: 56, borderRadius: 14, background: hex, border: `1px solid ${theme.border}`, flexShrink: 0 }} />
        <div style={{ minWidth: 0 }}>
          <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>{colorName(hex)}</h2>
          <p style={{ margin: '2px 0 0', color: theme.muted, fontSize: 14 }}>Swatch {index + 1} of {colors.length}{index === 0 ? ' · base colour' : ''}</p>
        </div>
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr) auto', gap: '6px 12px', alignItems: 'center', margin: '18px 0 0' }}>
        {formats.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt style={{ fontSize: 13, color: theme.muted, fontWeight: 700 }}>{label}</dt>
            <dd data-testid={`selected-${label.toLowerCase()}`} style={{ margin: 0, fontFamily: mono, fontSize: 15, overflowWrap: 'anywhere' }}>{value}</dd>
            <button type="button" onClick={() => onCopy(value)} aria-label={`Copy ${label} value`} style={{ border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, borderRadius: 8, padding: '4px 10px', fontSize: 13, cursor: 'pointer', fontFamily: theme.body }}>Copy</button>
          </div>
        ))}
      </dl>

      <h3 style={{ margin: '22px 0 8px', fontSize: 16 }}>Tints and shades</h3>
      <p style={{ margin: '0 0 10px', fontSize: 13, color: theme.muted }}>Click a step to use it for this swatch.</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 6 }}>
        {scale(hex).map((s) => (
          <button
            key={s.step}
            type="button"
            data-testid={`shade-${s.step}`}
            onClick={() => onUse(s.hex)}
            aria-label={`Use shade ${s.step}, ${s.hex}`}
            style={{ background: s.hex, color: textOn(s.hex), border: s.hex === hex ? `3px solid ${theme.text}` : `1px solid ${theme.border}`, borderRadius: 10, padding: '10px 4px', cursor: 'pointer', fontFamily: theme.body, fontSize: 12, fontWeight: 700, minWidth: 0 }}
          >
            {s.step}
          </button>
        ))}
      </div>

      <h3 style={{ margin: '22px 0 8px', fontSize: 16 }}>Contrast</h3>
      <ul data-testid="contrast-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
        {pairs.map((p) => {
          const ratio = contrastRatio(hex, p.other);
          return (
            <li key={p.label} style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '6px 0', borderBottom: `1px solid ${theme.border}` }}>
              <span aria-hidden="true" style={{ width: 44, height: 28, borderRadius: 8, background: hex, color: p.other, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 14, border: `1px solid ${theme.border}`, flexShrink: 0 }}>Aa</span>
              <span style={{ flex: 1, minWidth: 0, fontSize: 14 }}>
                {p.label} <span style={{ fontFamily: mono, color: theme.muted, fontSize: 12 }}>{p.other.toUpperCase()}</span>
              </span>
              <span style={{ fontFamily: mono, fontWeight: 700, fontSize: 14 }}>{ratio.toFixed(2)}:1</span>
              <Badge ratio={ratio} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
