import { useEffect, useRef, useState } from 'react';
import { useUser } from 'faibric/data';
import { theme } from '../theme';
import { button, field, label } from '../ui';
import { useSubmit } from '../form';
import { FormError } from './States';

export type AuthMode = 'signup' | 'login';

interface SignInFormProps {
  mode: AuthMode;
  onMode: (mode: AuthMode) => void;
  /** Called once signed in, with the password and email (for apps that unlock something with them). */
  onDone?: (password: string, email: string) => void;
  /** Why signing in helps, shown above the fields. */
  intro?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sign up (name, email, password) or log in to this app's own accounts. */
export default function SignInForm({ mode, onMode, onDone, intro }: SignInFormProps) {
  const { signUp, logIn } = useUser();
  const [name, setName] = useState<string>('');
  const [email, setEmail] = useState<string>('');
  const [password, setPassword] = useState<string>('');
  const [showPassword, setShowPassword] = useState<boolean>(false);
  const first = useRef<HTMLInputElement | null>(null);
  const signingUp = mode === 'signup';


  const problem = (): string | null => {
    if (signingUp && !name.trim()) return 'Tell us your name: it is shown next to what you post.';
    if (signingUp && name.trim().length > 60) return 'Keep your name under 60 characters.';
    if (!EMAIL.test(email.trim())) return 'Enter a valid email address.';
    if (signingUp && password.length < 8) return 'Choose a password of at least 8 characters.';
    if (!password) return 'Enter your password.';
    return null;
  };

  const form = useSubmit(problem, async () => {
    if (signingUp) await signUp(email.trim(), password, name.trim());
    else await logIn(email.trim(), password);
    onDone?.(password, email.trim());
  });

  useEffect(() => {
    first.current?.focus();
    form.setError(null);
  }, [mode]);

  return (
    <form onSubmit={form.submit} noValidate data-testid="auth-form" style={{ display: 'grid', gap: 14 }}>
      <div>
        <h2 id="auth-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 24 }}>{signingUp ? 'Create your account' : 'Welcome back'}</h2>
        <p style={{ margin: '6px 0 0', color: theme.muted, fontSize: 15 }}>{intro ?? (signingUp ? 'It takes a few seconds.' : 'Log in with your email and password.')}</p>
      </div>
      {signingUp && (
        <label style={label}>
          Your name
          <input ref={first} data-testid="auth-name" autoComplete="name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} style={field} />
        </label>
      )}
      <label style={label}>
        Email
        <input ref={signingUp ? undefined : first} data-testid="auth-email" type="email" autoComplete="email" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} style={field} />
      </label>
      <label style={label}>
        Password
        <span style={{ display: 'flex', gap: 8 }}>
          <input
            data-testid="auth-password"
            type={showPassword ? 'text' : 'password'}
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            value={password}
            maxLength={128}
            onChange={(e) => setPassword(e.target.value)}
            style={{ ...field, flex: 1, minWidth: 0 }}
          />
          <button type="button" aria-pressed={showPassword} onClick={() => setShowPassword(!showPassword)} style={button('secondary', true)}>
            {showPassword ? 'Hide' : 'Show'}
          </button>
        </span>
        {signingUp && <span style={{ fontWeight: 400, fontSize: 13, color: theme.muted }}>At least 8 characters.</span>}
      </label>
      <FormError message={form.error} />
      <button type="submit" data-testid="auth-submit" disabled={form.busy} style={{ ...button('primary'), opacity: form.busy ? 0.7 : 1 }}>
        {form.busy ? 'One moment…' : signingUp ? 'Sign up' : 'Log in'}
      </button>
      <p style={{ margin: 0, fontSize: 14, color: theme.muted, textAlign: 'center' }}>
        {signingUp ? 'Already have an account? ' : 'New here? '}
        <button type="button" data-testid="auth-switch" onClick={() => onMode(signingUp ? 'login' : 'signup')} style={{ ...button('ghost', true), padding: 0 }}>
          {signingUp ? 'Log in' : 'Create an account'}
        </button>
      </p>
    </form>
  );
}

/** In place of a form a visitor cannot use yet: why to sign in, with sign up and log in. */
export function SignInPrompt({ text, onSignIn }: { text: string; onSignIn: (mode: AuthMode) => void }) {
  return (
    <div data-testid="sign-in-prompt" style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: 'clamp(14px, 2.5vw, 22px)', display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
      <span style={{ color: theme.muted }}>{text}</span>
      <span style={{ display: 'flex', gap: 8 }}>
        <button type="button" data-testid="prompt-sign-up" onClick={() => onSignIn('signup')} style={button('primary', true)}>Sign up</button>
        <button type="button" data-testid="prompt-log-in" onClick={() => onSignIn('login')} style={button('secondary', true)}>Log in</button>
      </span>
    </div>
  );
}
