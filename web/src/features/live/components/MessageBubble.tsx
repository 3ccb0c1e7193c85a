import type { FeedItem } from '../model/streamReducer';
import { Markdown } from './Markdown';

const labels: Partial<Record<FeedItem['kind'], string>> = {
  thinking: 'Thinking',
  error: 'Error',
  user: 'You',
  message: 'Faibric',
};

/** What the AI and the platform say is Markdown; what a person typed, and errors, stay plain text. */
const markdownKinds = new Set<FeedItem['kind']>(['thinking', 'message']);

const time = (timestamp: number) =>
  new Date(timestamp).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** One chat line: a thinking note, a notice, an error or a person's message (builds are cards). */
export function MessageBubble({ item }: { item: FeedItem }) {
  const className = `bubble bubble-${item.kind}${item.pending ? ' bubble-pending' : ''}`;
  return (
    <li className={className} data-kind={item.kind}>
      <div className="bubble-head">
        <span className="bubble-label">{labels[item.kind] ?? item.kind}</span>
        <time dateTime={new Date(item.timestamp).toISOString()}>{item.pending ? 'sending…' : time(item.timestamp)}</time>
      </div>
      {markdownKinds.has(item.kind) ? (
        <Markdown className="bubble-text" text={item.text} />
      ) : (
        <p className="bubble-text">{item.text}</p>
      )}
      {item.errors && item.errors.length > 0 && (
        <ul className="bubble-errors">
          {item.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
