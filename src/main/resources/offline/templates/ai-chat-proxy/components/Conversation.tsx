import { useState, type FormEvent } from 'react';
import { theme, alpha } from '../theme';
import { button, card, field } from '../style';
import { ask, type Message } from '../chat';

export default function Conversation({ model }: { model: string }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const question = draft.trim();
    if (!question || busy) return;
    const next: Message[] = [...messages, { role: 'user', content: question }].slice(-20) as Message[];
    setMessages(next);
    setDraft('');
    setBusy(true);
    setProblem(null);
    try {
      const reply = await ask(next);
      setMessages([...next, { role: 'assistant', content: reply }]);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The assistant could not answer.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Conversation" style={{ display: 'grid', gap: 12 }}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
        {messages.map((message, i) => (
          <li key={i} data-testid={`message-${message.role}`} style={{ ...card, justifySelf: message.role === 'user' ? 'end' : 'start', maxWidth: '85%', background: message.role === 'user' ? alpha(theme.primary, 0.12) : theme.surface, whiteSpace: 'pre-wrap' }}>
            {message.content}
          </li>
        ))}
        {busy && <li style={{ color: theme.muted }}>Thinking…</li>}
      </ol>
      {problem && <p role="alert" style={{ margin: 0, color: theme.danger }}>{problem}</p>}
      <form onSubmit={send} style={{ display: 'flex', gap: 10 }}>
        <input data-testid="question" aria-label="Your question" value={draft} maxLength={4000} onChange={(e) => setDraft(e.target.value)} placeholder="Ask anything…" style={{ ...field, flex: 1 }} />
        <button data-testid="send" type="submit" disabled={busy || !draft.trim()} style={button('primary')}>Send</button>
      </form>
      <p style={{ margin: 0, color: theme.muted, fontSize: 13 }}>Answered by {model}. Your questions go to the app's server, which adds its key.</p>
    </section>
  );
}
