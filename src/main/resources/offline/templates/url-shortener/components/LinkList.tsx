import { theme, alpha } from '../theme';
import { button, card, plural, timeAgo } from '../ui';
import { shortUrl, type Link } from '../links';

interface LinkListProps {
  links: Link[];
  total: number;
  loading: boolean;
  error: { message: string } | null | undefined;
  onRetry: () => void;
}

export default function LinkList({ links, total, loading, error, onRetry }: LinkListProps) {
  return (
    <section aria-label="Links" style={{ display: 'grid', gap: 10 }}>
      <h2 style={{ margin: '6px 0 0', fontFamily: theme.heading, fontSize: 18 }}>{plural(total, 'link')}</h2>
      {error ? (
        <div role="alert" style={{ ...card, background: alpha(theme.danger, 0.08), display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'center' }}>
          <span>The links could not be loaded: {error.message}</span>
          <button type="button" onClick={onRetry} style={button('primary', true)}>Retry</button>
        </div>
      ) : loading && links.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted }}>Loading the links…</p>
      ) : links.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted }}>No links yet: shorten the first one above.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {links.map((link) => (
            <li key={link.id} data-testid="link" style={{ ...card, display: 'grid', gap: 4 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
                <a href={shortUrl(link.code)} target="_blank" rel="noreferrer" style={{ color: theme.primaryInk, fontWeight: 700 }}>/api/go/{link.code}</a>
                <span data-testid="clicks" style={{ color: theme.muted, fontSize: 14 }}>{plural(link.clicks, 'click')} · {timeAgo(link.createdAt)}</span>
              </div>
              <span style={{ color: theme.muted, fontSize: 14, wordBreak: 'break-all' }}>→ {link.target}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
