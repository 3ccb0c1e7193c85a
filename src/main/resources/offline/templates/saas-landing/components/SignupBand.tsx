import { useState } from 'react';
import { config } from '../config';
import { theme, alpha } from '../theme';

interface SignupBandProps {
  planLabel: string;
}

export default function SignupBand({ planLabel }: SignupBandProps) {
  const [email, setEmail] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const ink = theme.onPrimary;

  return (
    <section id="signup" aria-labelledby="signup-title" style={{ maxWidth: 1200, margin: '0 auto', padding: 'clamp(56px, 8vw, 100px) clamp(16px, 4vw, 40px)', scrollMarginTop: 70 }}>
      <div style={{ borderRadius: 28, background: theme.primaryGradient, color: ink, padding: 'clamp(28px, 5vw, 64px)', textAlign: 'center', position: 'relative', overflow: 'hidden' }}>
        <div aria-hidden="true" style={{ position: 'absolute', width: 320, height: 320, borderRadius: '50%', right: -100, top: -140, background: alpha(ink, 0.08) }} />
        <h2 id="signup-title" style={{ position: 'relative', fontFamily: theme.heading, fontSize: 'clamp(28px, 4.5vw, 44px)', lineHeight: 1.1, letterSpacing: '-0.02em', margin: 0 }}>Give your team its calm back</h2>
        <p style={{ position: 'relative', margin: '12px auto 0', maxWidth: 560, fontSize: 18, color: alpha(ink, 0.85) }}>
          Create your {config.title} workspace in two minutes. <span data-testid="chosen-plan">{planLabel}</span>
        </p>
        {sentTo ? (
          <div data-testid="signup-done" role="status" style={{ position: 'relative', margin: '28px auto 0', maxWidth: 520, padding: '16px 20px', borderRadius: 16, background: alpha(ink, 0.14), border: `1px solid ${alpha(ink, 0.3)}`, fontSize: 17 }}>
            ✉️ Check your inbox: we sent a sign-in link to <strong>{sentTo}</strong>.
          </div>
        ) : (
          <form
            noValidate
            data-testid="signup-form"
            onSubmit={(e) => {
              e.preventDefault();
              const v = email.trim();
              if (!v) return setError('Enter your work email to get started.');
              if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v)) return setError('That email address doesn’t look right.');
              setError(null);
              setSentTo(v);
            }}
            style={{ position: 'relative', margin: '28px auto 0', maxWidth: 520, display: 'flex', flexWrap: 'wrap', gap: 10 }}
          >
            <label htmlFor="signup-email" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Work email</label>
            <input
              id="signup-email"
              data-testid="signup-email"
              type="email"
              autoComplete="email"
              placeholder="you@company.com"
              value={email}
              aria-invalid={error !== null}
              aria-describedby="signup-help"
              onChange={(e) => {
                setEmail(e.target.value);
                setError(null);
              }}
              style={{ flex: '1 1 240px', minWidth: 0, padding: '15px 16px', borderRadius: 12, border: `2px solid ${error ? theme.danger : 'transparent'}`, background: theme.surface, color: theme.text, fontSize: 16, fontFamily: theme.body }}
            />
            <button type="submit" data-testid="signup-submit" style={{ flex: '0 1 auto', padding: '15px 24px', borderRadius: 12, border: 'none', background: theme.text, color: theme.background, fontWeight: 800, fontSize: 16, cursor: 'pointer', fontFamily: theme.body, flexGrow: 1 }}>
              Create workspace
            </button>
            <p id="signup-help" role={error ? 'alert' : undefined} style={{ flexBasis: '100%', margin: 0, fontSize: 14, minHeight: 20, color: error ? ink : alpha(ink, 0.8), fontWeight: error ? 700 : 400 }}>
              {error ? `⚠️ ${error}` : 'Free for up to 3 people. No credit card needed.'}
            </p>
          </form>
        )}
      </div>
    </section>
  );
}
