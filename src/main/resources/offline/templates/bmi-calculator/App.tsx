import { useEffect, useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { EMPTY, bmiOf, convert, loadMeasurements, parse, saveMeasurements } from './bmi';
import type { Measurements, Units } from './bmi';
import MeasureForm from './components/MeasureForm';
import ResultCard from './components/ResultCard';
import AboutBmi from './components/AboutBmi';

export default function App() {
  usePageSetup();
  const [m, setM] = useState<Measurements>(loadMeasurements);

  useEffect(() => saveMeasurements(m), [m]);

  const parsed = parse(m);
  const bmi = parsed.heightM !== null && parsed.weightKg !== null ? bmiOf(parsed.heightM, parsed.weightKg) : null;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1000, margin: '0 auto', display: 'grid', gap: 'clamp(16px, 3vw, 28px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', margin: 0, lineHeight: 1.1 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <main style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 'clamp(16px, 3vw, 28px)', alignItems: 'start' }}>
          <MeasureForm
            value={m}
            parsed={parsed}
            onChange={(patch) => setM((prev) => ({ ...prev, ...patch }))}
            onUnits={(units: Units) => setM((prev) => convert(prev, units))}
            onClear={() => setM({ ...EMPTY, units: m.units })}
          />
          <ResultCard bmi={bmi} heightM={parsed.heightM} weightKg={parsed.weightKg} units={m.units} />
        </main>
        <AboutBmi />
      </div>
    </div>
  );
}
