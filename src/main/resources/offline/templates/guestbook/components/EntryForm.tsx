import { useState } from 'react';
import type { AppUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { MAX_MESSAGE, MOODS, entries } from '../guestbook';
import type { Mood } from '../guestbook';

interface EntryFormProps {
  user: AppUser;
  onSignOut: () => Promise<unknown>;
}

export default function EntryForm({ user, onSignOut }: EntryFormProps) {
  const [message, setMessage] = useState('');
  const [mood, setMood] = useState<Mood>('happy');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [thanks, setThanks] = useState(false);

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const text = message.trim();
    if (!text) return setProblem('Write a few words first.');
    setBusy(true);
    setProblem(null);
    try {
      await entries.create({ message: text, mood });
      setMessage('');
      setThanks(true);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'Your entry was not saved; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Sign the guestbook" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadowSmall }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 10, alignItems: 'center', flexWrap: 'wrap', marginBottom: 12 }}>
        <span data-testid="signed-in-as" style={{ color: theme.muted, fontSize: 14 }}>Signed in as <strong style={{ color: theme.text }}>{user.name || user.email}</strong></span>
        <button data-testid="sign-out" type="button" onClick={() => onSignOut()} style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${theme.border}`, background: 'transparent', color: theme.text, cursor: 'pointer', fontSize: 13, fontFamily: theme.body }}>Sign out</button>
      </div>
      <form onSubmit={submit} style={{ display: 'grid', gap: 10 }}>
        <textarea data-testid="entry-message" aria-label="Your message" rows={3} maxLength={MAX_MESSAGE} placeholder="Leave a message for everyone…" value={message} onChange={(e) => { setMessage(e.target.value); setThanks(false); }} style={{ padding: '12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body, resize: 'vertical' }} />
        <div role="group" aria-label="Mood" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          {MOODS.map((m) => (
            <button key={m.id} type="button" aria-pressed={mood === m.id} onClick={() => setMood(m.id)} style={{ padding: '6px 12px', borderRadius: 999, border: `1px solid ${mood === m.id ? theme.primary : theme.border}`, background: mood === m.id ? theme.tint : 'transparent', color: theme.text, cursor: 'pointer', fontSize: 14, fontFamily: theme.body }}>
              {m.icon} {m.label}
            </button>
          ))}
        </div>
        {problem && <p role="alert" style={{ margin: 0, padding: '8px 12px', borderRadius: 10, background: alpha(theme.danger, 0.1), color: theme.danger, fontSize: 14 }}>{problem}</p>}
        {thanks && <p role="status" style={{ margin: 0, color: theme.success, fontSize: 14 }}>Thank you! Your entry is in the guestbook.</p>}
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 10 }}>
          <span style={{ color: theme.muted, fontSize: 13 }}>{message.length}/{MAX_MESSAGE}</span>
          <button data-testid="entry-submit" type="submit" disabled={busy} style={{ padding: '11px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, cursor: busy ? 'wait' : 'pointer', fontFamily: theme.body, opacity: busy ? 0.7 : 1 }}>
            {busy ? 'Signing…' : 'Sign the guestbook'}
          </button>
        </div>
      </form>
    </section>
  );
}
