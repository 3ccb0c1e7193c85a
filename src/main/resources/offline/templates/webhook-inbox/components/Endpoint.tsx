import { useState } from 'react';
import { theme } from '../theme';
import { button, card, field, label } from '../ui';
import { hookUrl } from '../inbox';

interface EndpointProps {
  channel: string;
  onChannel: (channel: string) => void;
}

export default function Endpoint({ channel, onChannel }: EndpointProps) {
  const [draft, setDraft] = useState(channel);
  const [copied, setCopied] = useState(false);
  const url = hookUrl(channel);
  const valid = /^[A-Za-z0-9_-]{1,40}$/.test(draft);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section aria-label="Webhook URL" style={{ ...card, display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
        <code data-testid="hook-url" style={{ fontSize: 15, wordBreak: 'break-all', color: theme.primaryInk, fontWeight: 700 }}>{url}</code>
        <button type="button" onClick={copy} style={button('secondary', true)}>{copied ? 'Copied' : 'Copy'}</button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onChannel(draft);
        }}
        style={{ display: 'flex', gap: 10, alignItems: 'end', flexWrap: 'wrap' }}
      >
        <label style={{ ...label, flex: '1 1 220px' }}>
          Channel
          <input value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={40} style={field} aria-invalid={!valid} />
        </label>
        <button type="submit" disabled={!valid} style={button('primary')}>Watch</button>
      </form>
      <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>
        Try it: <code>curl -X POST -H 'content-type: application/json' -d '{'{'}"hello":"world"{'}'}' {url}</code>
      </p>
    </section>
  );
}
