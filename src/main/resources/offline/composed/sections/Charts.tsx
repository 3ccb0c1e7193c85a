import { theme } from '../theme';
import { spec } from '../spec';
import type { Item } from '../spec';
import { grid } from '../look';
import BarChart from '../components/BarChart';
import StatCard from '../components/StatCard';

/** Figures and charts over the items: how many, by category and by month. */
export default function Charts({ items }: { items: Item[] }) {
  const byCategory = spec.categories.map((c) => ({ label: c, value: items.filter((i) => i.category === c).length }));
  const months = new Map<string, number>();
  [...items].sort((a, b) => a.date.localeCompare(b.date)).forEach((i) => {
    const month = i.date.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + (spec.price ? i.price ?? 0 : 1));
  });
  const rated = items.filter((i) => (i.rating ?? 0) > 0);
  const colors = { background: theme.surface, text: theme.text, muted: theme.muted };
  return (
    <section aria-label="Overview" data-testid="charts" style={{ display: 'grid', gap: 16 }}>
      <div style={grid(200)}>
        <StatCard label={`All ${spec.kinds}`} value={items.length} icon="📋" {...colors} />
        <StatCard label="Categories" value={new Set(items.map((i) => i.category)).size} icon="🗂️" {...colors} />
        {spec.price && <StatCard label="Total value" value={items.reduce((s, i) => s + (i.price ?? 0), 0)} valuePrefix="$" icon="💰" {...colors} />}
        {rated.length > 0 && <StatCard label="Average rating" value={(rated.reduce((s, i) => s + (i.rating ?? 0), 0) / rated.length).toFixed(1)} icon="⭐" {...colors} />}
      </div>
      <div style={grid(320)}>
        <BarChart title={`${spec.kinds[0].toUpperCase()}${spec.kinds.slice(1)} by category`} data={byCategory} color={theme.primary} {...colors} />
        <BarChart title={spec.price ? 'Value by month' : `${spec.kinds[0].toUpperCase()}${spec.kinds.slice(1)} by month`} data={[...months].map(([label, value]) => ({ label, value }))} color={theme.accent} {...colors} />
      </div>
    </section>
  );
}
