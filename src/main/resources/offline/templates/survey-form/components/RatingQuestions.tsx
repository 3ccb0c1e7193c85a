import { useState } from 'react';
import { theme, alpha, mix, useViewportWidth } from '../theme';
import { SCALE } from '../survey';
import type { Answer, Question } from '../survey';

function Stars({ id, value, onChange }: { id: string; value: number | null; onChange: (v: number) => void }) {
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 14, flexWrap: 'wrap' }}>
      <div role="radiogroup" aria-label="Stars" style={{ display: 'flex', gap: 4 }} onMouseLeave={() => setHover(null)}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={value === n}
            aria-label={`${n} ${n === 1 ? 'star' : 'stars'}: ${SCALE[n - 1]}`}
            data-testid={`star-${id}-${n}`}
            onMouseEnter={() => setHover(n)}
            onFocus={() => setHover(n)}
            onBlur={() => setHover(null)}
            onClick={() => onChange(n)}
            style={{ width: 48, height: 48, padding: 0, border: 'none', background: 'none', cursor: 'pointer', fontSize: 38, lineHeight: 1, color: n <= shown ? mix(theme.warning, theme.accent, 0.6) : alpha(theme.text, 0.18), transition: 'transform 100ms, color 100ms', transform: hover === n ? 'scale(1.12)' : 'none' }}
          >
            ★
          </button>
        ))}
      </div>
      <span style={{ fontWeight: 700, color: shown ? theme.text : theme.muted, minWidth: 90 }}>{shown ? SCALE[shown - 1] : 'Tap a star'}</span>
    </div>
  );
}

function Nps({ id, value, onChange }: { id: string; value: number | null; onChange: (v: number) => void }) {
  const hue = (n: number) => (n <= 6 ? theme.danger : n <= 8 ? theme.warning : theme.success);
  return (
    <div>
      <div role="radiogroup" aria-label="0 to 10" style={{ display: 'grid', gridTemplateColumns: 'repeat(11, minmax(0, 1fr))', gap: 4 }}>
        {Array.from({ length: 11 }, (_, n) => {
          const active = value === n;
          return (
            <button
              key={n}
              type="button"
              role="radio"
              aria-checked={active}
              data-testid={`nps-${id}-${n}`}
              onClick={() => onChange(n)}
              style={{ minWidth: 0, height: 46, padding: 0, borderRadius: 10, border: `1.5px solid ${active ? hue(n) : theme.border}`, background: active ? hue(n) : alpha(hue(n), 0.07), color: active ? (theme.isDark ? theme.background : theme.surface) : theme.text, fontWeight: 800, fontSize: 15, cursor: 'pointer', fontFamily: theme.body }}
            >
              {n}
            </button>
          );
        })}
      </div>
      <div aria-hidden="true" style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: theme.muted, marginTop: 6 }}>
        <span>Not at all likely</span>
        <span>Extremely likely</span>
      </div>
    </div>
  );
}

function Matrix({ id, rows, value, onChange }: { id: string; rows: string[]; value: Record<string, number>; onChange: (v: Record<string, number>) => void }) {
  const wide = useViewportWidth() >= 700;
  const cellButton = (row: string, n: number) => {
    const active = value[row] === n;
    return (
      <button
        key={n}
        type="button"
        role="radio"
        aria-checked={active}
        aria-label={`${row}: ${SCALE[n - 1]}`}
        data-testid={`matrix-${id}-${row}-${n}`}
        onClick={() => onChange({ ...value, [row]: n })}
        style={{ width: '100%', minWidth: 0, height: 38, borderRadius: 10, border: `1.5px solid ${active ? theme.primary : theme.border}`, background: active ? theme.primary : theme.background, color: active ? theme.onPrimary : theme.muted, fontWeight: 700, fontSize: wide ? 14 : 12, cursor: 'pointer', fontFamily: theme.body, padding: '0 2px' }}
      >
        {wide ? (active ? '●' : '○') : n}
      </button>
    );
  };
  if (wide) {
    return (
      <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: '6px 6px', margin: '-6px' }}>
        <thead>
          <tr>
            <th />
            {SCALE.map((s) => (
              <th key={s} scope="col" style={{ fontSize: 12, fontWeight: 700, color: theme.muted, textAlign: 'center', width: '13%' }}>{s}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 600, fontSize: 15, paddingRight: 8 }}>{row}</th>
              {[1, 2, 3, 4, 5].map((n) => (
                <td key={n} role="radiogroup" aria-label={row}>{cellButton(row, n)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 14 }}>
      <p style={{ margin: 0, fontSize: 12, color: theme.muted }}>1 = {SCALE[0]} · 5 = {SCALE[4]}</p>
      {rows.map((row) => (
        <div key={row}>
          <div style={{ fontWeight: 600, fontSize: 15, marginBottom: 6, display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            {row}
            <span style={{ fontSize: 13, color: theme.muted, fontWeight: 500 }}>{value[row] ? SCALE[value[row] - 1] : ''}</span>
          </div>
          <div role="radiogroup" aria-label={row} style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 6 }}>
            {[1, 2, 3, 4, 5].map((n) => cellButton(row, n))}
          </div>
        </div>
      ))}
    </div>
  );
}

type Rating = Extract<Question, { kind: 'stars' | 'nps' | 'matrix' }>;

/** Star rating, 0–10 recommendation scale or rating grid, depending on the question. */
export default function RatingQuestion({ q, value, onChange }: { q: Rating; value: Answer | undefined; onChange: (v: Answer) => void }) {
  if (q.kind === 'matrix') {
    return <Matrix id={q.id} rows={q.rows} value={typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}} onChange={onChange} />;
  }
  const n = typeof value === 'number' ? value : null;
  return q.kind === 'stars' ? <Stars id={q.id} value={n} onChange={onChange} /> : <Nps id={q.id} value={n} onChange={onChange} />;
}
