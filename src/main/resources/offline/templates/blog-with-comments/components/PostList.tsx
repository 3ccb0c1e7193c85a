import { useEffect, useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, chip, plural } from '../ui';
import { href } from '../route';
import { longDate } from '../blog';
import type { Post, PostComment } from '../blog';
import { Empty, ErrorNotice, Loading, MoreButton } from './States';
import { readingMinutes } from './Prose';

const PAGE = 12;

function Cover({ post, height }: { post: Post; height: number | string }) {
  if (post.cover) {
    return <img src={post.cover} alt="" loading="lazy" style={{ width: '100%', height, objectFit: 'cover', display: 'block', background: theme.subtle }} />;
  }
  return (
    <div aria-hidden="true" style={{ height, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontFamily: theme.heading, fontSize: 48, fontWeight: 800 }}>
      {post.title.trim().charAt(0).toUpperCase()}
    </div>
  );
}

/** The front page: the latest post large, the others in a grid, with topics and comment counts. */
export default function PostList() {
  const { user } = useUser();
  const [topic, setTopic] = useState<string | null>(null);
  const [limit, setLimit] = useState<number>(PAGE);
  const { items, total, loading, error, reload } = useCollection<Post>('posts', { where: { topic: topic ?? undefined }, sort: '-createdAt', limit });
  // One request counts the comments of every post on the page (next to nothing when there is none).
  const ids = items.map((p) => p.id);
  const { items: pageComments } = useCollection<PostComment>('comments', { where: { post: ids.length ? ids : undefined }, limit: ids.length ? 200 : 1 });
  const [topics, setTopics] = useState<string[]>([]);

  // Topics seen so far stay as filters while one of them is selected.
  const seen = Array.from(new Set(items.map((p) => p.topic).filter((t): t is string => !!t))).join('|');
  useEffect(() => {
    if (!topic) setTopics(seen ? seen.split('|') : []);
  }, [seen, topic]);

  const comments = (id: number) => pageComments.filter((c) => c.post === id).length;

  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (loading && items.length === 0) return <Loading what="posts" />;
  if (items.length === 0 && !topic) {
    return user?.admin ? (
      <Empty icon="✍️" title="Your blog is ready for its first post" action={<a href={href('write')} style={{ ...button('primary'), textDecoration: 'none' }}>Write the first post</a>}>
        Posts you publish here appear for every reader at once, and signed-up readers can comment on them.
      </Empty>
    ) : (
      <Empty icon="📰" title="Nothing published yet">
        The first posts are on their way. Sign up now to comment when they arrive. (The owner writes posts after opening the app from the Data tab of their Faibric project, which signs them in as its admin.)
      </Empty>
    );
  }

  const [lead, ...rest] = items;
  const meta = (p: Post) => `${longDate(p.createdAt)} · ${readingMinutes(p.body)} min read · ${plural(comments(p.id), 'comment')}`;

  return (
    <div style={{ display: 'grid', gap: 28 }}>
      {topics.length > 0 && (
        <div role="group" aria-label="Filter by topic" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          <button type="button" aria-pressed={topic === null} onClick={() => setTopic(null)} style={chip(topic === null)}>All posts</button>
          {topics.map((t) => (
            <button key={t} type="button" aria-pressed={topic === t} onClick={() => setTopic(t)} style={chip(topic === t)}>{t}</button>
          ))}
        </div>
      )}
      {lead && (
        <a href={href('post', lead.id)} data-testid="post-card" data-post-title={lead.title} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', background: theme.surface, borderRadius: theme.radius, overflow: 'hidden', border: `1px solid ${theme.border}`, boxShadow: theme.shadow, color: theme.text, textDecoration: 'none' }}>
          <Cover post={lead} height="100%" />
          <div style={{ padding: 'clamp(18px, 3vw, 34px)', display: 'grid', gap: 12, alignContent: 'center' }}>
            {lead.topic && <span style={{ color: theme.primaryOnSurface, fontWeight: 700, fontSize: 13, textTransform: 'uppercase', letterSpacing: '0.08em' }}>{lead.topic}</span>}
            <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 3.4vw, 36px)', lineHeight: 1.2 }}>{lead.title}</h2>
            {lead.summary && <p style={{ margin: 0, color: theme.muted, fontSize: 17, lineHeight: 1.55 }}>{lead.summary}</p>}
            <span style={{ fontSize: 14, color: theme.muted }}>{meta(lead)}</span>
          </div>
        </a>
      )}
      {rest.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))', gap: 20 }}>
          {rest.map((p) => (
            <li key={p.id}>
              <a href={href('post', p.id)} data-testid="post-card" data-post-title={p.title} style={{ display: 'grid', height: '100%', gridTemplateRows: 'auto 1fr', background: theme.surface, borderRadius: theme.radius, overflow: 'hidden', border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall, color: theme.text, textDecoration: 'none' }}>
                <Cover post={p} height={170} />
                <div style={{ padding: 18, display: 'grid', gap: 8, alignContent: 'start' }}>
                  {p.topic && <span style={{ color: theme.primaryOnSurface, fontWeight: 700, fontSize: 12, textTransform: 'uppercase', letterSpacing: '0.08em' }}>{p.topic}</span>}
                  <h3 style={{ margin: 0, fontFamily: theme.heading, fontSize: 20, lineHeight: 1.3 }}>{p.title}</h3>
                  {p.summary && <p style={{ margin: 0, color: theme.muted, fontSize: 15, lineHeight: 1.5 }}>{p.summary}</p>}
                  <span style={{ fontSize: 13, color: theme.muted }}>{meta(p)}</span>
                </div>
              </a>
            </li>
          ))}
        </ul>
      )}
      <MoreButton shown={items.length} total={total} loading={loading} limit={limit} onMore={() => setLimit(Math.min(limit + PAGE, 200))} label="Older posts" />
    </div>
  );
}
