import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, field, label } from './ui';
import { initials } from './format';
import { FormMessage } from './States';
import { useEscape } from './Drawer';

export type SignInMode = 'login' | 'signup';

/** The visitor's account in the header: who is signed in, or the way to sign in. */
export function AccountMenu({ onAsk }: { onAsk: (mode: SignInMode) => void }) {
  const { user, loading, logOut } = useUser();
  const [leaving, setLeaving] = useState(false);
  if (loading) return <span aria-hidden="true" style={{ width: 120 }} />;
  if (!user) {
    return (
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" data-testid="open-login" onClick={() => onAsk('login')} style={button('ghost', true)}>
          Log in
        </button>
        <button type="button" data-testid="open-signup" onClick={() => onAsk('signup')} style={button('primary', true)}>
          Sign up
        </button>
      </div>
    );
  }
  const name = user.name || user.email;
  return (
    <div data-testid="account" style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <span aria-hidden="true" style={{ width: 34, height: 34, borderRadius: 17, background: theme.primaryGradient, color: theme.onPrimary, display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 13, flexShrink: 0 }}>
        {initials(name)}
      </span>
      <span style={{ display: 'grid', minWidth: 0, lineHeight: 1.25 }}>
        <span data-testid="account-name" style={{ fontWeight: 700, fontSize: 14, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 180 }}>{name}</span>
        <span style={{ fontSize: 12, color: theme.muted }}>{user.admin ? 'Admin' : 'Signed in'}</span>
      </span>
      <button
        type="button"
        data-testid="log-out"
        disabled={leaving}
        onClick={async () => {
          setLeaving(true);
          try {
            await logOut();
          } finally {
            setLeaving(false);
          }
        }}
        style={button('secondary', true, leaving)}
      >
        Log out
      </button>
    </div>
  );
}

interface SignInFormProps {
  mode: SignInMode;
  reason?: string;
  onMode: (mode: SignInMode) => void;
  onDone: () => void;
  onCancel?: () => void;
}

/** Sign up or log in with e-mail and password; the server's words on failure. */
export function SignInForm({ mode, reason, onMode, onDone, onCancel }: SignInFormProps) {
  const { signUp, logIn } = useUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const first = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    first.current?.focus();
  }, [mode]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setError(new Error('Enter a valid e-mail address.'));
    if (password.length < 8) return setError(new Error('The password needs at least 8 characters.'));
    setBusy(true);
    setError(null);
    try {
      if (mode === 'signup') await signUp(email.trim(), password, name.trim() || undefined);
      else await logIn(email.trim(), password);
      onDone();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };

  const signup = mode === 'signup';
  return (
    <form onSubmit={submit} noValidate data-testid="sign-in-form" style={{ display: 'grid', gap: 14 }}>
      <div style={{ display: 'grid', gap: 4 }}>
        <h2 id="sign-in-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 22 }}>{signup ? 'Create your account' : 'Welcome back'}</h2>
        {reason && <p style={{ margin: 0, color: theme.muted, fontSize: 14 }}>{reason}</p>}
      </div>
      {signup && (
        <label style={label}>
          Your name
          <input ref={first} data-testid="auth-name" autoComplete="name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} style={field} />
        </label>
      )}
      <label style={label}>
        E-mail
        <input ref={signup ? undefined : first} data-testid="auth-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Password
        <input data-testid="auth-password" type="password" autoComplete={signup ? 'new-password' : 'current-password'} required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} style={field} />
        {signup && <span style={{ fontWeight: 400, fontSize: 12, color: theme.muted }}>At least 8 characters.</span>}
      </label>
      <FormMessage error={error} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center' }}>
        <button type="submit" data-testid="auth-submit" disabled={busy} style={button('primary', false, busy)}>
          {busy ? 'One moment…' : signup ? 'Sign up' : 'Log in'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} style={button('secondary')}>
            Cancel
          </button>
        )}
      </div>
      <p style={{ margin: 0, fontSize: 14, color: theme.muted }}>
        {signup ? 'Already have an account?' : 'New here?'}{' '}
        <button type="button" data-testid="auth-switch" onClick={() => { setError(null); onMode(signup ? 'login' : 'signup'); }} style={{ ...button('ghost', true), padding: '2px 4px' }}>
          {signup ? 'Log in' : 'Create an account'}
        </button>
      </p>
    </form>
  );
}

/** The sign-in form over the page; Escape or the backdrop closes it. */
export function SignInDialog({ mode, reason, onMode, onClose }: { mode: SignInMode; reason?: string; onMode: (mode: SignInMode) => void; onClose: () => void }) {
  useEscape(onClose);
  return (
    <div onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }} style={{ position: 'fixed', inset: 0, background: alpha('#000000', 0.45), display: 'grid', placeItems: 'center', padding: 16, zIndex: 50 }}>
      <div role="dialog" aria-modal="true" aria-labelledby="sign-in-title" style={{ width: 'min(420px, 100%)', background: theme.surface, color: theme.text, borderRadius: 18, padding: 'clamp(18px, 4vw, 28px)', boxShadow: theme.shadow, border: `1px solid ${theme.border}`, boxSizing: 'border-box', position: 'relative' }}>
        <button type="button" onClick={onClose} aria-label="Close" style={{ ...button('ghost', true), position: 'absolute', top: 10, right: 10 }}>
          ✕
        </button>
        <SignInForm mode={mode} reason={reason} onMode={onMode} onDone={onClose} onCancel={onClose} />
      </div>
    </div>
  );
}
