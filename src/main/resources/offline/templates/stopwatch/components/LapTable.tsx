import { useState } from 'react';
import { theme, alpha, useViewportWidth } from '../theme';
import { format, formatDelta, toCsv } from '../stopwatch';
import type { Lap } from '../stopwatch';

interface LapTableProps {
  list: Lap[];
  current: { number: number; time: number; total: number } | null;
}

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export default function LapTable({ list, current }: LapTableProps) {
  const [message, setMessage] = useState<string>('');
  const narrow = useViewportWidth() < 560;
  const times = list.map((l) => l.time);
  const fastest = list.length >= 2 ? Math.min(...times) : null;
  const slowest = list.length >= 2 ? Math.max(...times) : null;
  const rows = [...list].reverse();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toCsv(list));
      setMessage('Laps copied as CSV.');
    } catch {
      setMessage('Copying is blocked here: use Download instead.');
    }
    window.setTimeout(() => setMessage(''), 2500);
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(list)], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'laps.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const cell = { padding: narrow ? '9px 4px' : '10px 8px', fontFamily: mono, fontVariantNumeric: 'tabular-nums' as const, textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  const smallButton = { padding: '6px 12px', borderRadius: 10, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, fontWeight: 600, fontSize: 13, cursor: 'pointer', fontFamily: theme.body } as const;

  return (
    <section aria-label="Laps" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 4, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20 }}>Laps</h2>
        {list.length > 0 && (
          <div style={{ display: 'flex', gap: 6 }}>
            <button type="button" data-testid="copy-csv" onClick={copy} style={smallButton}>Copy CSV</button>
            <button type="button" data-testid="download-csv" onClick={download} style={smallButton}>Download</button>
          </div>
        )}
      </div>
      <p role="status" style={{ margin: '4px 0 0', fontSize: 13, color: theme.muted, minHeight: 18 }}>{message}</p>
      {!current && list.length === 0 ? (
        <p data-testid="no-laps" style={{ margin: '6px 0 0', color: theme.muted }}>Start the stopwatch and press Lap to record split times.</p>
      ) : (
        <div style={{ overflowX: 'auto', maxHeight: 460, overflowY: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: narrow ? 13 : 15 }}>
            <thead>
              <tr style={{ color: theme.muted, fontSize: 13 }}>
                <th scope="col" style={{ padding: narrow ? '6px 4px' : '6px 8px', textAlign: 'left', fontWeight: 600 }}>Lap</th>
                <th scope="col" style={{ padding: narrow ? '6px 4px' : '6px 8px', textAlign: 'right', fontWeight: 600 }}>Lap time</th>
                <th scope="col" style={{ padding: narrow ? '6px 4px' : '6px 8px', textAlign: 'right', fontWeight: 600 }}>Total</th>
                <th scope="col" style={{ padding: narrow ? '6px 4px' : '6px 8px', textAlign: 'right', fontWeight: 600 }}>Diff</th>
              </tr>
            </thead>
            <tbody>
              {current && (
                <tr style={{ borderTop: `1px solid ${theme.border}`, color: theme.muted }}>
                  <td style={{ padding: narrow ? '9px 4px' : '10px 8px' }}>{current.number}</td>
                  <td style={cell}>{format(current.time)}</td>
                  <td style={cell}>{format(current.total)}</td>
                  <td style={cell}>…</td>
                </tr>
              )}
              {rows.map((l) => {
                const tag = l.time === fastest ? 'fastest' : l.time === slowest ? 'slowest' : null;
                const color = tag === 'fastest' ? theme.success : tag === 'slowest' ? theme.danger : theme.text;
                return (
                  <tr key={l.number} data-testid="lap-row" data-tag={tag ?? ''} style={{ borderTop: `1px solid ${theme.border}`, color, background: tag ? alpha(color, 0.08) : 'transparent' }}>
                    <td style={{ padding: narrow ? '9px 4px' : '10px 8px', fontWeight: 700, whiteSpace: 'nowrap' }}>
                      {l.number}
                      {tag && <span style={{ display: narrow ? 'block' : 'inline', fontSize: narrow ? 10 : 11, fontWeight: 800, marginLeft: narrow ? 0 : 6, textTransform: 'uppercase', letterSpacing: '0.04em' }}>{tag}</span>}
                    </td>
                    <td data-testid="lap-time" style={{ ...cell, fontWeight: 700 }}>{format(l.time)}</td>
                    <td style={cell}>{format(l.total)}</td>
                    <td style={{ ...cell, color: l.delta === null ? theme.muted : l.delta < 0 ? theme.success : l.delta > 0 ? theme.danger : theme.muted }}>
                      {l.delta === null ? '—' : formatDelta(l.delta)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
