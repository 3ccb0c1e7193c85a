import type { FeedItem } from '../model/streamReducer';

const labels: Record<FeedItem['kind'], string> = {
  thinking: 'Thinking',
  queued: 'Waiting',
  progress: 'Progress',
  file: 'File',
  preview: 'Preview',
  validation: 'Checking',
  complete: 'Done',
  deployed: 'Deployed',
  error: 'Error',
  user: 'You',
  message: 'Faibric',
};

const time = (timestamp: number) =>
  new Date(timestamp).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function MessageBubble({ item }: { item: FeedItem }) {
  const className = `bubble bubble-${item.kind}${item.pending ? ' bubble-pending' : ''}`;

  if (item.kind === 'file' || item.kind === 'progress' || item.kind === 'queued') {
    // Compact one-liners: these are frequent and mostly tell "still working".
    return (
      <li className={className} data-kind={item.kind}>
        <span className="line-icon" aria-hidden="true">{item.kind === 'file' ? '📄' : item.kind === 'queued' ? '⏳' : '⋯'}</span>
        <span className="line-text">{item.text}</span>
        {item.kind !== 'queued' && item.count != null && item.count > 1 && <span className="muted"> ×{item.count}</span>}
      </li>
    );
  }

  return (
    <li className={className} data-kind={item.kind}>
      <div className="bubble-head">
        <span className="bubble-label">{labels[item.kind]}</span>
        <time dateTime={new Date(item.timestamp).toISOString()}>{item.pending ? 'sending…' : time(item.timestamp)}</time>
      </div>
      <p className="bubble-text">{item.text}</p>
      {item.errors && item.errors.length > 0 && (
        <ul className="bubble-errors">
          {item.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {item.kind === 'deployed' && item.url && (
        <a href={item.url} target="_blank" rel="noopener noreferrer">
          Open {item.version != null ? `version ${item.version}` : 'app'} ↗
        </a>
      )}
    </li>
  );
}
