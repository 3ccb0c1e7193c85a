import { useEffect, useRef } from 'react';
import type { FeedItem, WritingFile } from '../model/streamReducer';
import { BuildCardView } from '../buildcard/BuildCardView';
import { MessageBubble } from './MessageBubble';

/** Distance from the bottom (px) within which new messages keep the list scrolled down. */
const STICKY_PX = 80;

interface Props {
  items: FeedItem[];
  /** The file being written by the build under way, shown growing on its card. */
  writing?: WritingFile | null;
  /** Key of the card of the build under way. */
  openBuild?: string | null;
}

export function MessageList({ items, writing = null, openBuild = null }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const stick = useRef(true);

  // Follow new messages (and the card as it grows) unless the reader scrolled up to look at older ones.
  useEffect(() => {
    const el = listRef.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [items, writing]);

  const onScroll = () => {
    const el = listRef.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_PX;
  };

  return (
    <ol className="messages" ref={listRef} onScroll={onScroll} data-testid="messages" aria-live="polite" aria-label="Build messages">
      {items.length === 0 && <li className="muted empty">Waiting for the first message…</li>}
      {items.map((item) =>
        item.kind === 'build' && item.build ? (
          <BuildCardView key={item.key} build={item.build} writing={item.key === openBuild ? writing : null} />
        ) : (
          <MessageBubble key={item.key} item={item} />
        ),
      )}
    </ol>
  );
}
