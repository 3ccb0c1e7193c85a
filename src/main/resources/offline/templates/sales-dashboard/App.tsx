import { useState } from 'react';
import type { ReactNode } from 'react';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { MONTHS, PRODUCTS, change, count, money, moneyCents, moneyCompact, monthLabel, monthRevenue, periodRows, totals } from './data';
import type { Channel, Period } from './data';
import FilterBar from './components/FilterBar';
import KpiCard from './components/KpiCard';
import AreaChart from './components/AreaChart';
import BarChart from './components/BarChart';
import SalesTable from './components/SalesTable';

export default function App() {
  usePageSetup();
  const [period, setPeriod] = useState<Period>(12);
  const [channel, setChannel] = useState<Channel | 'All'>('All');

  const { current, previous } = periodRows(period);
  const now = totals(current, channel);
  const before = totals(previous, channel);
  const aov = now.orders ? now.revenue / now.orders : 0;
  const aovBefore = before.orders ? before.revenue / before.orders : 0;
  const bestIndex = now.byProduct.reduce((best, p, i) => (p.revenue > now.byProduct[best].revenue ? i : best), 0);

  const categories = Array.from(new Set(PRODUCTS.map((p) => p.category)))
    .map((category) => ({ label: category, value: PRODUCTS.reduce((sum, p, i) => sum + (p.category === category ? now.byProduct[i].revenue : 0), 0) }))
    .sort((a, b) => b.value - a.value);

  const first = current[0].date;
  const last = MONTHS[MONTHS.length - 1].date;
  const range = `${monthLabel(first, true)} – ${monthLabel(last, true)}`;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1280, margin: '0 auto', display: 'grid', gap: 'clamp(14px, 2vw, 22px)', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: 16 }}>
          <div style={{ minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 38px)', margin: 0, lineHeight: 1.15 }}>{config.title}</h1>
            <p style={{ margin: '6px 0 0', color: theme.muted }}>
              {config.tagline} <span data-testid="range" style={{ whiteSpace: 'nowrap' }}>· {range}</span>
            </p>
          </div>
          <FilterBar period={period} channel={channel} onPeriod={setPeriod} onChannel={setChannel} />
        </header>

        <section aria-label="Key figures" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))', gap: 'clamp(12px, 2vw, 18px)' }}>
          <KpiCard testId="kpi-revenue" icon="💰" label="Revenue" value={money.format(now.revenue)} delta={change(now.revenue, before.revenue)} period={period} />
          <KpiCard testId="kpi-orders" icon="🧾" label="Orders" value={count.format(now.orders)} delta={change(now.orders, before.orders)} period={period} />
          <KpiCard testId="kpi-aov" icon="🛒" label="Average order" value={moneyCents.format(aov)} delta={change(aov, aovBefore)} period={period} />
          <KpiCard
            testId="kpi-best"
            icon="🏆"
            label="Best seller"
            textValue
            value={PRODUCTS[bestIndex].name}
            hint={`${money.format(now.byProduct[bestIndex].revenue)} · ${Math.round((now.byProduct[bestIndex].revenue / Math.max(1, now.revenue)) * 100)} % of revenue`}
            period={period}
          />
        </section>

        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'clamp(12px, 2vw, 18px)' }}>
          <Panel title="Monthly revenue" subtitle={`${channel === 'All' ? 'All channels' : channel} · dashed line: the ${period} months before`} flex="2 1 520px">
            <AreaChart
              points={current.map((r) => ({ label: r.date.getMonth() === 0 ? `${monthLabel(r.date)} ’${String(r.date.getFullYear()).slice(2)}` : monthLabel(r.date), full: monthLabel(r.date, true), value: monthRevenue(r, channel) }))}
              compare={previous.map((r) => monthRevenue(r, channel))}
              format={(n) => money.format(n)}
              formatAxis={(n) => moneyCompact.format(n)}
            />
          </Panel>
          <Panel title="Revenue by category" subtitle={range} flex="1 1 300px">
            <BarChart items={categories} format={(n) => moneyCompact.format(n)} total={now.revenue} />
          </Panel>
        </div>

        <Panel title="Products" subtitle="Click a column heading to sort" flex="1 1 100%">
          <SalesTable current={now} previous={before} />
        </Panel>
      </div>
    </div>
  );
}

function Panel({ title, subtitle, flex, children }: { title: string; subtitle: string; flex: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ flex, minWidth: 0, background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 18, padding: 'clamp(14px, 2.5vw, 22px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: 0, fontSize: 18, fontFamily: theme.heading }}>{title}</h2>
      <p style={{ margin: '2px 0 14px', fontSize: 13, color: theme.muted }}>{subtitle}</p>
      {children}
    </section>
  );
}
