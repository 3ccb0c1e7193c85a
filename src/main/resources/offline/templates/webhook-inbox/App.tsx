import { useState } from 'react';
import { useCollection } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import type { Delivery } from './inbox';
import Endpoint from './components/Endpoint';
import RequestList from './components/RequestList';

export default function App() {
  usePageSetup();
  const [channel, setChannel] = useState('inbox');
  const { items, total, loading, error, reload } = useCollection<Delivery>('deliveries', {
    where: { channel },
    sort: '-createdAt',
    limit: 50,
  });

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(12px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 880, margin: '0 auto', display: 'grid', gap: 18 }}>
        <header style={{ padding: '12px 0 4px' }}>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(26px, 5vw, 38px)', margin: 0, lineHeight: 1.15 }}>📬 {config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        <Endpoint channel={channel} onChannel={setChannel} />
        <RequestList deliveries={items ?? []} total={total ?? 0} loading={loading} error={error} onRetry={reload} />
      </div>
    </div>
  );
}
