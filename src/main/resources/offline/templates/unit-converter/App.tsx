import { useState } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { CATEGORIES, findCategory, findUnit } from './units';
import type { CategoryId, Precision } from './units';
import CategoryTabs from './components/CategoryTabs';
import ConverterPanel from './components/ConverterPanel';
import AllUnitsTable from './components/AllUnitsTable';

type Pair = { from: string; to: string };

const DEFAULT_PAIRS: Record<CategoryId, Pair> = {
  length: { from: 'km', to: 'mi' },
  weight: { from: 'kg', to: 'lb' },
  temperature: { from: 'c', to: 'f' },
  volume: { from: 'l', to: 'gal' },
};

export default function App() {
  usePageSetup();
  const [categoryId, setCategoryId] = useState<CategoryId>('length');
  const [pairs, setPairs] = useState<Record<CategoryId, Pair>>(DEFAULT_PAIRS);
  const [input, setInput] = useState<string>('10');
  const [precision, setPrecision] = useState<Precision>('auto');

  const category = findCategory(categoryId);
  const pair = pairs[categoryId];
  const from = findUnit(category, pair.from);
  const to = findUnit(category, pair.to);
  const setPair = (next: Pair) => setPairs((prev) => ({ ...prev, [categoryId]: next }));

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(16px, 4vw, 48px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 960, margin: '0 auto', display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 'clamp(18px, 3vw, 28px)' }}>
        <header>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 44px)', lineHeight: 1.1, margin: 0 }}>{config.title}</h1>
          <p style={{ margin: '8px 0 0', color: theme.muted, fontSize: 'clamp(15px, 2vw, 18px)' }}>{config.tagline}</p>
        </header>
        <CategoryTabs categories={CATEGORIES} active={categoryId} onSelect={setCategoryId} />
        <ConverterPanel
          category={category}
          from={from}
          to={to}
          input={input}
          precision={precision}
          onInput={setInput}
          onPrecision={setPrecision}
          onUnits={(fromId, toId) => setPair({ from: fromId, to: toId })}
        />
        <AllUnitsTable category={category} from={from} input={input} precision={precision} />
      </div>
    </div>
  );
}
