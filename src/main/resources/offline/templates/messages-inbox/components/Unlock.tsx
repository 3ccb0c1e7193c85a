import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { theme } from '../theme';
import { button, card, field, label } from '../ui';
import { FormError } from './States';

interface UnlockProps {
  busy: boolean;
  problem: string | null;
  onUnlock: (password: string) => void;
}

/** Signed in, but the message key is locked (after a reload): the password opens it. */
export default function Unlock({ busy, problem, onUnlock }: UnlockProps) {
  const [password, setPassword] = useState<string>('');
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password) onUnlock(password);
  };

  return (
    <form onSubmit={submit} data-testid="unlock-form" aria-labelledby="unlock-title" style={{ ...card, maxWidth: 460, display: 'grid', gap: 14 }}>
      <h2 id="unlock-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>🔒 Unlock your messages</h2>
      <p style={{ margin: 0, color: theme.muted, lineHeight: 1.5 }}>
        Your messages are sealed with a key that only your password opens. Enter it to read and write on this page; it is never sent anywhere.
      </p>
      <label style={label}>
        Password
        <input ref={input} data-testid="unlock-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} style={field} />
      </label>
      <FormError message={problem} />
      <button type="submit" data-testid="unlock" disabled={busy || !password} style={{ ...button('primary'), opacity: busy || !password ? 0.7 : 1 }}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
