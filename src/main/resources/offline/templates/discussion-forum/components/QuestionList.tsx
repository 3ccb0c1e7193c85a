import { useEffect, useState } from 'react';
import { useCollection, useUser } from 'faibric/data';
import type { Where } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, chip, field, plural, timeAgo, displayName } from '../ui';
import { go, href } from '../route';
import { PAGE, TAGS, countByQuestion, tagOf } from '../forum';
import type { Answer, Question, Tag } from '../forum';
import { Empty, ErrorNotice, Loading, MoreButton } from './States';
import type { AuthMode } from './SignInForm';

/** The front page: search, tag filters, and the questions, newest first, with answer counts. */
export default function QuestionList({ onSignIn }: { onSignIn: (mode: AuthMode) => void }) {
  const { user } = useUser();
  const [query, setQuery] = useState<string>('');
  const [search, setSearch] = useState<string>('');
  const [tag, setTag] = useState<Tag | 'all'>('all');
  const [limit, setLimit] = useState<number>(PAGE);

  // Searching waits for a pause in typing, so each keystroke is not a request.
  useEffect(() => {
    const id = window.setTimeout(() => setSearch(query.trim()), 300);
    return () => window.clearTimeout(id);
  }, [query]);

  const where: Where = {};
  if (tag !== 'all') where.tag = tag;
  if (search) where.title = { contains: search };
  const { items, total, loading, error, reload } = useCollection<Question>('questions', { where, sort: '-createdAt', limit });

  // One request counts the answers of every question on the page (with no question shown,
  // it asks for next to nothing: there is nothing to count).
  const ids = items.map((q) => q.id);
  const { items: pageAnswers } = useCollection<Answer>('answers', { where: { question: ids.length ? ids : undefined }, limit: ids.length ? 200 : 1 });
  const counts = countByQuestion(pageAnswers);

  const ask = () => (user ? go('ask') : onSignIn('signup'));

  return (
    <section aria-labelledby="questions-title" style={{ display: 'grid', gap: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
        <h2 id="questions-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>
          Questions <span style={{ color: theme.muted, fontWeight: 500, fontSize: 16 }}>({total})</span>
        </h2>
        <button type="button" data-testid="ask-question" onClick={ask} style={button('primary')}>
          Ask a question
        </button>
      </div>
      <input
        type="search"
        data-testid="search"
        aria-label="Search question titles"
        placeholder="🔍 Search question titles"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setLimit(PAGE);
        }}
        style={{ ...field, background: theme.surface, padding: '12px 14px' }}
      />
      <div role="group" aria-label="Filter by tag" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {[{ id: 'all' as const, label: 'All', icon: '✨' }, ...TAGS].map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tag === t.id}
            data-testid={`tag-${t.id}`}
            onClick={() => {
              setTag(t.id);
              setLimit(PAGE);
            }}
            style={chip(tag === t.id)}
          >
            <span aria-hidden="true">{t.icon} </span>
            {t.label}
          </button>
        ))}
      </div>

      {error && <ErrorNotice error={error} onRetry={reload} />}
      {loading && items.length === 0 && !error && <Loading what="questions" />}
      {!loading && !error && items.length === 0 && (
        search || tag !== 'all' ? (
          <Empty icon="🔎" title="No question matches">Try other words, or ask it yourself: someone may know.</Empty>
        ) : (
          <Empty icon="🌱" title="No questions yet" action={<button type="button" onClick={ask} style={button('primary')}>Ask the first question</button>}>
            This is where members ask and answer each other. Start the conversation.
          </Empty>
        )
      )}

      {items.length > 0 && (
        <ul data-testid="question-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
          {items.map((q) => {
            const answered = counts.get(q.id) ?? 0;
            const solved = q.acceptedAnswer !== null && q.acceptedAnswer !== undefined;
            const t = tagOf(q.tag);
            return (
              <li key={q.id}>
                <a
                  href={href('q', q.id)}
                  data-testid="question-item"
                  data-question-title={q.title}
                  style={{ display: 'flex', gap: 14, alignItems: 'flex-start', padding: 16, borderRadius: theme.radius, background: theme.surface, border: `1px solid ${theme.border}`, boxShadow: theme.shadowSmall, color: theme.text, textDecoration: 'none' }}
                >
                  <span
                    aria-label={`${plural(answered, 'answer')}${solved ? ', solved' : ''}`}
                    data-testid="answer-count"
                    style={{ flexShrink: 0, width: 64, padding: '8px 0', borderRadius: 12, textAlign: 'center', fontSize: 12, fontWeight: 600, border: `1px solid ${solved ? theme.success : theme.border}`, background: solved ? alpha(theme.success, 0.12) : theme.subtle, color: solved ? theme.success : theme.muted }}
                  >
                    <span style={{ display: 'block', fontSize: 20, fontWeight: 800 }}>{solved ? '✓' : ''}{answered}</span>
                    {answered === 1 ? 'answer' : 'answers'}
                  </span>
                  <span style={{ minWidth: 0, flex: 1, display: 'grid', gap: 6 }}>
                    <span style={{ fontWeight: 700, fontSize: 17, lineHeight: 1.35, overflowWrap: 'anywhere' }}>{q.title}</span>
                    <span style={{ color: theme.muted, fontSize: 14, lineHeight: 1.45, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflowWrap: 'anywhere' }}>{q.body}</span>
                    <span style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', fontSize: 13, color: theme.muted }}>
                      <span style={{ padding: '2px 9px', borderRadius: 999, background: theme.tint, color: theme.primaryOnSurface, fontWeight: 700 }}>
                        <span aria-hidden="true">{t.icon} </span>
                        {t.label}
                      </span>
                      <span>
                        asked by {displayName(q.ownerName)} · {timeAgo(q.createdAt)}
                      </span>
                    </span>
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <MoreButton shown={items.length} total={total} loading={loading} limit={limit} onMore={() => setLimit(Math.min(limit + PAGE, 200))} label={`Show more (${total - items.length} older)`} />
    </section>
  );
}
