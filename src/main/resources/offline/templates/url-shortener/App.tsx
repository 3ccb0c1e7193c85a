import { useCollection } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import type { Link } from './links';
import ShortenForm from './components/ShortenForm';
import LinkList from './components/LinkList';

export default function App() {
  usePageSetup();
  const { items, total, loading, error, reload } = useCollection<Link>('links', { sort: '-createdAt', limit: 50 });

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(12px, 3vw, 36px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 760, margin: '0 auto', display: 'grid', gap: 18 }}>
        <header style={{ textAlign: 'center', padding: '12px 0 4px' }}>
          <div aria-hidden="true" style={{ fontSize: 40 }}>🔗</div>
          <h1 data-testid="app-title" style={{ fontFamily: theme.heading, fontSize: 'clamp(28px, 5vw, 42px)', margin: '4px 0 0', lineHeight: 1.15 }}>{config.title}</h1>
          <p style={{ margin: '6px 0 0', color: theme.muted }}>{config.tagline}</p>
        </header>
        <ShortenForm />
        <LinkList links={items ?? []} total={total ?? 0} loading={loading} error={error} onRetry={reload} />
      </div>
    </div>
  );
}
