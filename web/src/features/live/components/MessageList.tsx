import { useEffect, useRef } from 'react';
import type { FeedItem } from '../model/streamReducer';
import { MessageBubble } from './MessageBubble';

/** Distance from the bottom (px) within which new messages keep the list scrolled down. */
const STICKY_PX = 80;

export function MessageList({ items }: { items: FeedItem[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  const stick = useRef(true);

  // Follow new messages unless the reader scrolled up to look at older ones.
  useEffect(() => {
    const el = listRef.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [items]);

  const onScroll = () => {
    const el = listRef.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_PX;
  };

  return (
    <ol className="messages" ref={listRef} onScroll={onScroll} data-testid="messages" aria-live="polite" aria-label="Build messages">
      {items.length === 0 && <li className="muted empty">Waiting for the first message…</li>}
      {items.map((item) => (
        <MessageBubble key={item.key} item={item} />
      ))}
    </ol>
  );
}
