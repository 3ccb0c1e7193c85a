import { useState } from 'react';
import { theme } from '../theme';
import { CITIES } from '../cities';
import { formatClock } from '../time';

interface AddCityProps {
  existing: string[];
  instant: Date;
  hour12: boolean;
  onAdd: (id: string) => void;
}

export default function AddCity({ existing, instant, hour12, onAdd }: AddCityProps) {
  const [query, setQuery] = useState<string>('');
  const q = query.trim().toLowerCase();
  const matches = CITIES.filter((c) => !existing.includes(c.id) && (q === '' || `${c.name} ${c.country} ${c.tz}`.toLowerCase().includes(q))).slice(0, q === '' ? 8 : 12);

  return (
    <section aria-labelledby="add-title" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius + 2, padding: 'clamp(16px, 3vw, 22px)', boxShadow: theme.shadowSmall, display: 'grid', gap: 12 }}>
      <h2 id="add-title" style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>Add a city</h2>
      <input
        type="search"
        data-testid="city-search"
        aria-label="Search cities"
        placeholder="🔍 Search by city or country, e.g. Lisbon"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ padding: '11px 14px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 16, fontFamily: theme.body, width: '100%', boxSizing: 'border-box' }}
      />
      {matches.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{q ? `No more cities match “${query}”.` : 'Every city is already on your board.'}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))', gap: 8 }}>
          {matches.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                data-testid={`add-${c.id}`}
                onClick={() => {
                  onAdd(c.id);
                  setQuery('');
                }}
                style={{ width: '100%', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '9px 12px', borderRadius: 10, border: `1px dashed ${theme.borderStrong}`, background: 'transparent', color: theme.text, cursor: 'pointer', fontFamily: theme.body, textAlign: 'left' }}
              >
                <span style={{ minWidth: 0 }}>
                  <span style={{ display: 'block', fontWeight: 700, fontSize: 15 }}>+ {c.name}</span>
                  <span style={{ display: 'block', fontSize: 12, color: theme.muted }}>{c.country}</span>
                </span>
                <span style={{ fontSize: 14, color: theme.muted, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatClock(instant, c.tz, hour12)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
