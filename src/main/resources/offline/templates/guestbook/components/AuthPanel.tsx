import { useState } from 'react';
import { theme, alpha } from '../theme';

interface AuthPanelProps {
  loading: boolean;
  onSignUp: (email: string, password: string, name?: string) => Promise<unknown>;
  onLogIn: (email: string, password: string) => Promise<unknown>;
}

const field = { padding: '11px 12px', borderRadius: 12, border: `1px solid ${theme.border}`, background: theme.background, color: theme.text, fontSize: 15, fontFamily: theme.body, minWidth: 0 } as const;

export default function AuthPanel({ loading, onSignUp, onLogIn }: AuthPanelProps) {
  const [mode, setMode] = useState<'signup' | 'login'>('signup');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const signingUp = mode === 'signup';

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (!email.includes('@')) return setProblem('Enter your email address.');
    if (password.length < 8) return setProblem('Your password needs at least 8 characters.');
    if (signingUp && !name.trim()) return setProblem('Tell everyone your name.');
    setBusy(true);
    setProblem(null);
    try {
      if (signingUp) await onSignUp(email.trim(), password, name.trim());
      else await onLogIn(email.trim(), password);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'That did not work; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={signingUp ? 'Sign up' : 'Log in'} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: 20, padding: 'clamp(16px, 3vw, 24px)', boxShadow: theme.shadowSmall }}>
      <h2 style={{ margin: '0 0 4px', fontFamily: theme.heading, fontSize: 20 }}>{signingUp ? 'Sign up to sign the guestbook' : 'Welcome back'}</h2>
      <p style={{ margin: '0 0 14px', color: theme.muted, fontSize: 14 }}>Anyone can read the entries; signing needs an account.</p>
      <form onSubmit={submit} style={{ display: 'grid', gap: 10 }}>
        {signingUp && <input data-testid="auth-name" aria-label="Your name" placeholder="Your name" value={name} onChange={(e) => setName(e.target.value)} style={field} />}
        <input data-testid="auth-email" aria-label="Email" type="email" placeholder="you@example.com" value={email} onChange={(e) => setEmail(e.target.value)} style={field} />
        <input data-testid="auth-password" aria-label="Password" type="password" placeholder="Password (8 characters or more)" value={password} onChange={(e) => setPassword(e.target.value)} style={field} />
        {problem && <p role="alert" style={{ margin: 0, padding: '8px 12px', borderRadius: 10, background: alpha(theme.danger, 0.1), color: theme.danger, fontSize: 14 }}>{problem}</p>}
        <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
          <button data-testid="auth-submit" type="submit" disabled={busy || loading} style={{ padding: '11px 18px', borderRadius: 12, border: 'none', background: theme.primary, color: theme.onPrimary, fontWeight: 800, cursor: busy ? 'wait' : 'pointer', fontFamily: theme.body, opacity: busy || loading ? 0.7 : 1 }}>
            {busy ? 'One moment…' : signingUp ? 'Create account' : 'Log in'}
          </button>
          <button data-testid="auth-mode" type="button" onClick={() => { setMode(signingUp ? 'login' : 'signup'); setProblem(null); }} style={{ padding: 0, border: 'none', background: 'none', color: theme.primaryOnSurface, cursor: 'pointer', fontSize: 14, fontFamily: theme.body, textDecoration: 'underline' }}>
            {signingUp ? 'I already have an account' : 'New here? Create an account'}
          </button>
        </div>
      </form>
    </section>
  );
}
