import { theme } from '../theme';
import { contrastRatio, textOn } from '../color';

interface PreviewProps {
  colors: string[];
}

/** A tiny interface drawn with the palette, so the colours can be judged together. */
export default function Preview({ colors }: PreviewProps) {
  const byLight = [...colors].sort((a, b) => contrastRatio(b, '#000000') - contrastRatio(a, '#000000'));
  const lightest = byLight[0];
  const darkest = byLight[byLight.length - 1];
  const page = contrastRatio(lightest, '#000000') > 12 ? lightest : '#ffffff';
  const ink = contrastRatio(darkest, page) >= 4.5 ? darkest : '#111111';
  const primary = colors[0];
  // Buttons and badges use the palette colours that stand out most from the page.
  const others = colors.filter((c) => c !== page).sort((a, b) => contrastRatio(b, page) - contrastRatio(a, page));
  const second = others.find((c) => c !== primary) ?? primary;
  const third = others.find((c) => c !== primary && c !== second) ?? primary;
  const fourth = others.find((c) => c !== primary && c !== second && c !== third) ?? second;

  return (
    <section aria-label="Preview" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: '0 0 12px', fontFamily: theme.heading, fontSize: 20 }}>Preview</h2>
      <div data-testid="preview" style={{ borderRadius: 14, overflow: 'hidden', border: `1px solid ${theme.border}`, background: page, color: ink, fontFamily: theme.body }}>
        <div style={{ background: primary, color: textOn(primary), padding: '12px 16px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <strong>Northwind</strong>
          <span style={{ fontSize: 13, opacity: 0.9 }}>Home · Shop · About</span>
        </div>
        <div style={{ padding: 16, display: 'grid', gap: 12 }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <span style={{ background: fourth, color: textOn(fourth), padding: '3px 10px', borderRadius: 999, fontSize: 12, fontWeight: 700 }}>New</span>
            <span style={{ background: third, color: textOn(third), padding: '3px 10px', borderRadius: 999, fontSize: 12, fontWeight: 700 }}>Spring collection</span>
          </div>
          <div style={{ fontSize: 20, fontWeight: 800, lineHeight: 1.2 }}>Colours that work together</div>
          <div style={{ fontSize: 14, opacity: 0.85 }}>Body text sits on the lightest colour of the palette when it is light enough, or on white.</div>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <span style={{ background: second, color: textOn(second), padding: '9px 16px', borderRadius: 10, fontWeight: 700, fontSize: 14 }}>Get started</span>
            <span style={{ border: `2px solid ${primary}`, padding: '7px 14px', borderRadius: 10, fontWeight: 700, fontSize: 14 }}>Learn more</span>
          </div>
        </div>
      </div>
    </section>
  );
}
