import { useState } from 'react';
import { theme, alpha } from '../theme';
import { button, card, pill, plural, timeAgo } from '../ui';
import { headerList, pretty, type Delivery } from '../inbox';

interface RequestListProps {
  deliveries: Delivery[];
  total: number;
  loading: boolean;
  error: { message: string } | null | undefined;
  onRetry: () => void;
}

export default function RequestList({ deliveries, total, loading, error, onRetry }: RequestListProps) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-label="Requests" style={{ display: 'grid', gap: 10 }}>
      <h2 style={{ margin: '6px 0 0', fontFamily: theme.heading, fontSize: 18 }}>{plural(total, 'request')}</h2>
      {error ? (
        <div role="alert" style={{ ...card, background: alpha(theme.danger, 0.08), display: 'flex', justifyContent: 'space-between', gap: 12, alignItems: 'center' }}>
          <span>The inbox could not be loaded: {error.message}</span>
          <button type="button" onClick={onRetry} style={button('primary', true)}>Retry</button>
        </div>
      ) : loading && deliveries.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted }}>Loading the inbox…</p>
      ) : deliveries.length === 0 ? (
        <p style={{ margin: 0, color: theme.muted }}>Nothing yet: requests appear here the moment they arrive.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {deliveries.map((delivery) => {
            const expanded = open === delivery.id || (open === null && delivery === deliveries[0]);
            return (
              <li key={delivery.id} data-testid="delivery" style={{ ...card, display: 'grid', gap: 8 }}>
                <button type="button" onClick={() => setOpen(expanded ? -1 : delivery.id)} aria-expanded={expanded} style={{ all: 'unset', cursor: 'pointer', display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
                  <span style={pill()}>{delivery.method}</span>
                  <span style={{ color: theme.muted, fontSize: 14 }}>{delivery.contentType || 'no content type'} · {plural(delivery.size, 'byte')} · {timeAgo(delivery.createdAt)}</span>
                </button>
                {expanded && (
                  <div style={{ display: 'grid', gap: 8 }}>
                    <pre data-testid="delivery-body" style={{ margin: 0, padding: 12, borderRadius: 10, background: alpha(theme.text, 0.05), overflowX: 'auto', fontSize: 13 }}>{pretty(delivery.body)}</pre>
                    <details>
                      <summary style={{ cursor: 'pointer', color: theme.muted, fontSize: 14 }}>Headers</summary>
                      <dl style={{ margin: '8px 0 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', fontSize: 13 }}>
                        {headerList(delivery.headers).map(([name, value]) => (
                          <div key={name} style={{ display: 'contents' }}>
                            <dt style={{ fontWeight: 700 }}>{name}</dt>
                            <dd style={{ margin: 0, wordBreak: 'break-all' }}>{value}</dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
