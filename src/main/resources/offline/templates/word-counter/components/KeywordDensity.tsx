import { useState } from 'react';
import { theme } from '../theme';
import { keywordDensity, phrases } from '../text';
import type { Keyword } from '../text';

const pct = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function Table({ rows, label, testId }: { rows: Keyword[]; label: string; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.density));
  return (
    <table data-testid={testId} style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
      <thead>
        <tr style={{ color: theme.muted, textAlign: 'left' }}>
          <th scope="col" style={{ padding: '6px 4px', fontWeight: 600 }}>{label}</th>
          <th scope="col" style={{ padding: '6px 4px', fontWeight: 600, textAlign: 'right' }}>Count</th>
          <th scope="col" style={{ padding: '6px 4px', fontWeight: 600, textAlign: 'right', width: '40%' }}>Density</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.term} style={{ borderTop: `1px solid ${theme.border}` }}>
            <td style={{ padding: '8px 4px', fontWeight: 600, overflowWrap: 'anywhere' }}>{r.term}</td>
            <td style={{ padding: '8px 4px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{r.count}</td>
            <td style={{ padding: '8px 4px' }}>
              <div style={{ display: 'flex', alignItems: 'center', gap: 8, justifyContent: 'flex-end' }}>
                <div aria-hidden="true" style={{ flex: 1, maxWidth: 120, height: 6, borderRadius: 999, background: theme.subtle, overflow: 'hidden' }}>
                  <div style={{ width: `${(r.density / max) * 100}%`, height: '100%', background: r.density > 4 ? theme.warning : theme.primary }} />
                </div>
                <span style={{ fontVariantNumeric: 'tabular-nums', minWidth: 44, textAlign: 'right', color: r.density > 4 ? theme.warning : theme.text, fontWeight: r.density > 4 ? 700 : 400 }}>{pct.format(r.density)} %</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function KeywordDensity({ text }: { text: string }) {
  const [includeCommon, setIncludeCommon] = useState<boolean>(false);
  const rows = keywordDensity(text, includeCommon);
  const pairs = phrases(text);

  return (
    <section aria-label="Keyword density" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(16px, 2.5vw, 24px)', boxShadow: theme.shadowSmall, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 10 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Keyword density</h2>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 14, cursor: 'pointer' }}>
          <input type="checkbox" data-testid="include-common" checked={includeCommon} onChange={(e) => setIncludeCommon(e.target.checked)} style={{ width: 18, height: 18, accentColor: theme.primary }} />
          Include common words
        </label>
      </div>
      {rows.length === 0 ? (
        <p style={{ color: theme.muted, margin: '12px 0 0' }}>Type some text to see which words you use most.</p>
      ) : (
        <div style={{ marginTop: 10 }}>
          <Table rows={rows} label="Word" testId="density-table" />
          <p style={{ margin: '10px 0 0', fontSize: 13, color: theme.muted }}>Share of all words. Above 4 % a keyword can start to feel repetitive.</p>
        </div>
      )}
      {pairs.length > 0 && (
        <div style={{ marginTop: 18 }}>
          <h3 style={{ margin: '0 0 4px', fontSize: 16 }}>Repeated phrases</h3>
          <Table rows={pairs} label="Phrase" testId="phrase-table" />
        </div>
      )}
    </section>
  );
}
