import { useEffect, useState } from 'react';
import { useUser } from 'faibric/data';
import { theme, alpha } from '../theme';
import { button, card, displayName, pill } from '../ui';
import { Avatar } from './Person';
import SignInForm from './SignInForm';
import type { AuthMode } from './SignInForm';

interface AccountBarProps {
  /** The sign-in dialog, when open; the app holds it so any page can ask to sign in. */
  panel: AuthMode | null;
  onPanel: (mode: AuthMode | null) => void;
  /** Why signing in helps, shown in the dialog. */
  intro?: string;
  onSignedIn?: (password: string, email: string) => void;
}

/** Who is signed in, with log out; or log in and sign up, opening a dialog. */
export default function AccountBar({ panel, onPanel, intro, onSignedIn }: AccountBarProps) {
  const { user, loading, logOut } = useUser();
  const [leaving, setLeaving] = useState<boolean>(false);

  useEffect(() => {
    if (!panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onPanel(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel, onPanel]);

  if (loading) return <span aria-hidden="true" style={{ width: 120, height: 36 }} />;

  if (user) {
    const name = displayName(user.name ?? user.email.split('@')[0]);
    return (
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        <Avatar name={name} id={user.id} size={34} />
        <span data-testid="account-name" style={{ fontWeight: 700, fontSize: 15 }}>{name}</span>
        {user.admin && <span style={pill(theme.accentOnSurface)}>Admin</span>}
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
          style={button('secondary', true)}
        >
          Log out
        </button>
      </div>
    );
  }

  return (
    <>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        <button type="button" data-testid="log-in" onClick={() => onPanel('login')} style={button('secondary', true)}>
          Log in
        </button>
        <button type="button" data-testid="sign-up" onClick={() => onPanel('signup')} style={button('primary', true)}>
          Sign up
        </button>
      </div>
      {panel && (
        <div
          onClick={(e) => {
            if (e.target === e.currentTarget) onPanel(null);
          }}
          style={{ position: 'fixed', inset: 0, zIndex: 50, background: alpha('#000000', 0.45), display: 'grid', placeItems: 'center', padding: 16, overflowY: 'auto' }}
        >
          <div role="dialog" aria-modal="true" aria-labelledby="auth-title" style={{ ...card, width: '100%', maxWidth: 420, boxShadow: theme.shadow, position: 'relative', color: theme.text, fontFamily: theme.body }}>
            <button type="button" aria-label="Close" onClick={() => onPanel(null)} style={{ ...button('ghost', true), position: 'absolute', top: 10, right: 10, color: theme.muted, fontSize: 18 }}>
              ✕
            </button>
            <SignInForm
              mode={panel}
              onMode={onPanel}
              intro={intro}
              onDone={(password, email) => {
                onPanel(null);
                onSignedIn?.(password, email);
              }}
            />
          </div>
        </div>
      )}
    </>
  );
}
