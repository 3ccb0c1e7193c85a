import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

interface Props {
  connected: boolean;
  maxLength: number;
  onSend: (text: string) => boolean;
}

/** "Request changes…" box; only usable while the socket is open, since that is the channel. */
export function ChatInput({ connected, maxLength, onSend }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const canSend = connected && trimmed.length > 0 && text.length <= maxLength;

  const send = (e?: FormEvent) => {
    e?.preventDefault();
    if (canSend && onSend(trimmed)) setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };

  return (
    <form className="chat-input" onSubmit={send}>
      <label htmlFor={id} className="visually-hidden">
        Request a change
      </label>
      <textarea
        id={id}
        data-testid="chat-input"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        disabled={!connected}
        placeholder={connected ? 'Request changes… e.g. “make the header blue”' : 'Waiting for the connection…'}
        aria-invalid={text.length > maxLength || undefined}
      />
      <button type="submit" className="primary" data-testid="chat-send" disabled={!canSend}>
        Send
      </button>
    </form>
  );
}
