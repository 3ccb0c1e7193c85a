import { useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme, useViewportWidth } from '../theme';
import { button } from '../ui';
import { href } from '../route';
import { categoryLabel, published } from '../news';
import type { Article, Category } from '../news';
import { Empty, ErrorNotice, Loading, MoreButton } from './States';

const PAGE = 24;

function Picture({ article, height }: { article: Article; height: number | string }) {
  if (article.image) return <img src={article.image} alt="" loading="lazy" style={{ width: '100%', height, objectFit: 'cover', display: 'block', borderRadius: 10, background: theme.subtle }} />;
  return <div aria-hidden="true" style={{ height, borderRadius: 10, background: theme.primaryGradient }} />;
}

function Kicker({ category }: { category: Category }) {
  return <span style={{ color: theme.primaryInk, fontWeight: 800, fontSize: 12, textTransform: 'uppercase', letterSpacing: '0.08em' }}>{categoryLabel(category)}</span>;
}

/** Top stories (a lead story, the latest headlines, then the rest), or one section's stories. */
export default function FrontPage({ section }: { section: Category | null }) {
  const { user } = useUser();
  const wide = useViewportWidth() >= 860;
  const [limit, setLimit] = useState<number>(PAGE);
  const { items, total, loading, error, reload } = useCollection<Article>('articles', { where: { category: section ?? undefined }, sort: '-createdAt', limit });

  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading && items.length === 0) return <Loading what="the news" />;
  if (items.length === 0) {
    return (
      <Empty
        icon="🗞️"
        title={section ? `No ${categoryLabel(section)} stories yet` : 'No stories yet'}
        action={user?.admin ? <a href={href('write')} style={{ ...button('primary'), textDecoration: 'none' }}>Write the first article</a> : undefined}
      >
        {user?.admin
          ? 'Articles you publish appear here for every reader at once.'
          : 'Stories appear here as soon as the newsroom publishes them. (The owner writes after opening the app from the Data tab of their Faibric project, which signs them in as its admin.)'}
      </Empty>
    );
  }

  const lead = items.find((a) => a.featured) ?? items[0];
  const others = items.filter((a) => a.id !== lead.id);
  const latest = others.slice(0, 5);
  const rest = others.slice(5);

  return (
    <div style={{ display: 'grid', gap: 36 }}>
      {section && <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 30, borderBottom: `3px solid ${theme.primary}`, paddingBottom: 8 }}>{categoryLabel(section)}</h2>}
      <div style={{ display: 'grid', gridTemplateColumns: wide && latest.length > 0 ? 'minmax(0, 2fr) minmax(0, 1fr)' : 'minmax(0, 1fr)', gap: 'clamp(20px, 3vw, 36px)', alignItems: 'start' }}>
        <a href={href('article', lead.id)} data-testid="article-card" data-headline={lead.headline} style={{ minWidth: 0, display: 'grid', gap: 12, color: theme.text, textDecoration: 'none' }}>
          <Picture article={lead} height="clamp(220px, 34vw, 420px)" />
          <Kicker category={lead.category} />
          <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(26px, 3.8vw, 42px)', lineHeight: 1.12 }}>{lead.headline}</h2>
          {lead.standfirst && <p style={{ margin: 0, fontSize: 18, color: theme.muted, lineHeight: 1.5 }}>{lead.standfirst}</p>}
          <span style={{ fontSize: 13, color: theme.muted }}>{published(lead.createdAt)}</span>
        </a>
        {latest.length > 0 && (
          <aside aria-labelledby="latest-title" style={{ minWidth: 0 }}>
            <h2 id="latest-title" style={{ margin: '0 0 8px', fontSize: 14, textTransform: 'uppercase', letterSpacing: '0.1em', color: theme.muted }}>Latest</h2>
            <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {latest.map((a) => (
                <li key={a.id} style={{ borderTop: `1px solid ${theme.border}`, padding: '14px 0' }}>
                  <a href={href('article', a.id)} data-testid="article-card" data-headline={a.headline} style={{ display: 'grid', gap: 4, color: theme.text, textDecoration: 'none' }}>
                    <Kicker category={a.category} />
                    <span style={{ fontFamily: theme.heading, fontWeight: 700, fontSize: 18, lineHeight: 1.3 }}>{a.headline}</span>
                    <span style={{ fontSize: 12, color: theme.muted }}>{published(a.createdAt)}</span>
                  </a>
                </li>
              ))}
            </ol>
          </aside>
        )}
      </div>
      {rest.length > 0 && (
        <section aria-label="More stories" style={{ borderTop: `1px solid ${theme.borderStrong}`, paddingTop: 24 }}>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 250px), 1fr))', gap: 24 }}>
            {rest.map((a) => (
              <li key={a.id}>
                <a href={href('article', a.id)} data-testid="article-card" data-headline={a.headline} style={{ display: 'grid', gap: 8, color: theme.text, textDecoration: 'none' }}>
                  <Picture article={a} height={150} />
                  <Kicker category={a.category} />
                  <span style={{ fontFamily: theme.heading, fontWeight: 700, fontSize: 18, lineHeight: 1.3 }}>{a.headline}</span>
                  {a.standfirst && <span style={{ fontSize: 14, color: theme.muted, lineHeight: 1.45 }}>{a.standfirst}</span>}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MoreButton shown={items.length} total={total} loading={loading} limit={limit} onMore={() => setLimit(Math.min(limit + PAGE, 200))} label="More stories" />
    </div>
  );
}
