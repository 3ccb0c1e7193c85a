import { useState } from 'react';
import { theme } from '../theme';
import { exportText } from '../color';
import type { ExportFormat } from '../color';

interface ExportPanelProps {
  colors: string[];
  onCopy: (text: string) => void;
}

const FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'css', label: 'CSS' },
  { id: 'scss', label: 'SCSS' },
  { id: 'json', label: 'JSON' },
];

export default function ExportPanel({ colors, onCopy }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('css');
  const code = exportText(colors, format);
  return (
    <section aria-label="Export" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 10, flexWrap: 'wrap', marginBottom: 12 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Export</h2>
        <div role="tablist" aria-label="Format" style={{ display: 'flex', gap: 4, background: theme.subtle, padding: 4, borderRadius: 10 }}>
          {FORMATS.map((f) => (
            <button
              key={f.id}
              type="button"
              role="tab"
              aria-selected={format === f.id}
              data-testid={`format-${f.id}`}
              onClick={() => setFormat(f.id)}
              style={{ padding: '6px 12px', borderRadius: 8, border: 'none', background: format === f.id ? theme.surface : 'transparent', color: theme.text, fontWeight: format === f.id ? 800 : 600, fontSize: 13, cursor: 'pointer', boxShadow: format === f.id ? theme.shadowSmall : 'none', fontFamily: theme.body }}
            >
              {f.label}
            </button>
          ))}
        </div>
      </div>
      <textarea
        readOnly
        aria-label={`Palette as ${format.toUpperCase()}`}
        data-testid="export-code"
        value={code}
        rows={format === 'scss' ? 5 : 7}
        onFocus={(e) => e.target.select()}
        style={{ width: '100%', boxSizing: 'border-box', resize: 'none', padding: 12, borderRadius: 10, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13, lineHeight: 1.5 }}
      />
      <button
        type="button"
        data-testid="copy-export"
        onClick={() => onCopy(code)}
        style={{ marginTop: 10, padding: '10px 16px', borderRadius: 10, border: `2px solid ${theme.borderStrong}`, background: 'transparent', color: theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
      >
        Copy code
      </button>
    </section>
  );
}
