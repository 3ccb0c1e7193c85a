import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup, useViewportWidth } from './theme';
import { cityById } from './cities';
import type { City } from './cities';
import { formatClock, formatDate, formatOffset, loadPrefs, localZone, savePrefs, zoned } from './time';
import type { Prefs } from './time';
import CityCard from './components/CityCard';
import AddCity from './components/AddCity';
import TimeShift from './components/TimeShift';

export default function App() {
  usePageSetup();
  const [prefs, setPrefs] = useState<Prefs>(loadPrefs);
  const [now, setNow] = useState<number>(() => Date.now());
  const [shift, setShift] = useState<number>(0);
  const [home] = useState<string>(localZone);
  const narrow = useViewportWidth() < 640;

  useEffect(() => savePrefs(prefs), [prefs]);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);

  const instant = new Date(now + shift * 60000);
  const local = zoned(instant, home);
  const cities = prefs.cityIds.map(cityById).filter((c): c is City => c !== undefined);

  const move = (index: number, delta: -1 | 1) =>
    setPrefs((p) => {
      const ids = p.cityIds.slice();
      const j = index + delta;
      if (j < 0 || j >= ids.length) return p;
      [ids[index], ids[j]] = [ids[j], ids[index]];
      return { ...p, cityIds: ids };
    });

  const formatButton = (value: boolean, label: string) => (
    <button
      type="button"
      data-testid={value ? 'format-12' : 'format-24'}
      aria-pressed={prefs.hour12 === value}
      onClick={() => setPrefs((p) => ({ ...p, hour12: value }))}
      style={{ padding: '6px 12px', borderRadius: 9, border: 'none', background: prefs.hour12 === value ? theme.primary : 'transparent', color: prefs.hour12 === value ? theme.onPrimary : theme.text, fontWeight: 700, fontSize: 14, cursor: 'pointer', fontFamily: theme.body }}
    >
      {label}
    </button>
  );

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 3.5vw, 44px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1240, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2.5vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 42px)', margin: 0, lineHeight: 1.12 }}>{config.title}</h1>
            <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
            <div style={{ textAlign: narrow ? 'left' : 'right' }}>
              <div style={{ fontSize: 13, color: theme.muted }}>Your time · {home.replace(/_/g, ' ')}</div>
              <div data-testid="local-time" style={{ fontSize: 24, fontWeight: 800, fontVariantNumeric: 'tabular-nums' }}>
                {formatClock(instant, home, prefs.hour12, shift === 0)}
                <span style={{ fontSize: 14, fontWeight: 500, color: theme.muted }}> {formatDate(instant, home)} · {formatOffset(local.offset)}</span>
              </div>
            </div>
            <div role="group" aria-label="Clock format" style={{ display: 'inline-flex', gap: 2, padding: 3, borderRadius: 12, background: theme.subtle, border: `1px solid ${theme.border}` }}>
              {formatButton(true, '12 h')}
              {formatButton(false, '24 h')}
            </div>
          </div>
        </header>

        <TimeShift shift={shift} instant={instant} localZone={home} hour12={prefs.hour12} onShift={setShift} />

        <main>
          {cities.length === 0 ? (
            <p style={{ margin: 0, padding: 28, textAlign: 'center', color: theme.muted, border: `1px dashed ${theme.borderStrong}`, borderRadius: theme.radius }}>No cities yet. Add the places where your friends, family or colleagues are.</p>
          ) : (
            <div data-testid="city-grid" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 270px), 1fr))', gap: 'clamp(12px, 2vw, 16px)' }}>
              {cities.map((c, i) => (
                <CityCard
                  key={c.id}
                  city={c}
                  instant={instant}
                  localOffset={local.offset}
                  localDay={local.dayIndex}
                  hour12={prefs.hour12}
                  live={shift === 0}
                  isFirst={i === 0}
                  isLast={i === cities.length - 1}
                  onRemove={() => setPrefs((p) => ({ ...p, cityIds: p.cityIds.filter((id) => id !== c.id) }))}
                  onMove={(delta) => move(i, delta)}
                />
              ))}
            </div>
          )}
        </main>

        <AddCity existing={prefs.cityIds} instant={instant} hour12={prefs.hour12} onAdd={(id) => setPrefs((p) => ({ ...p, cityIds: [...p.cityIds, id] }))} />
      </div>
    </div>
  );
}
