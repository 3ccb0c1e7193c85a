import { useEffect, useState } from 'react';
import { useUser } from 'faibric/data';
import { config } from './config';
import { theme, usePageSetup } from './theme';
import { errorText } from './ui';
import { href } from './route';
import { openVault } from './mail';
import type { Vault } from './mail';
import { SealError, forgetSharedKeys } from './seal';
import AccountBar from './components/AccountBar';
import { SignInPrompt } from './components/SignInForm';
import type { AuthMode } from './components/SignInForm';
import Unlock from './components/Unlock';
import MailApp from './components/MailApp';

export default function App() {
  usePageSetup();
  const { user, loading } = useUser();
  const [panel, setPanel] = useState<AuthMode | null>(null);
  const [vault, setVault] = useState<Vault | null>(null);
  const [unlocking, setUnlocking] = useState<boolean>(false);
  const [problem, setProblem] = useState<string | null>(null);

  // Keys never outlive the session they were unlocked in.
  useEffect(() => {
    if (!user) {
      setVault(null);
      forgetSharedKeys();
    }
  }, [user?.id]);

  const unlock = async (password: string, email?: string) => {
    setUnlocking(true);
    setProblem(null);
    try {
      setVault(await openVault(password, email ?? user?.email ?? null));
    } catch (err) {
      setProblem(err instanceof SealError ? err.message : errorText(err));
    } finally {
      setUnlocking(false);
    }
  };

  let body;
  if (loading) body = null;
  else if (!user) {
    body = (
      <section style={{ display: 'grid', gap: 18, maxWidth: 640 }}>
        <h2 style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 3vw, 32px)' }}>Write to other members, privately.</h2>
        <p style={{ margin: 0, color: theme.muted, lineHeight: 1.6, fontSize: 16 }}>
          Messages are sealed in your browser before they are sent, with keys only you and the person you write to hold. Other members, and even this app's owner, see only that a message went from one member to another, never what it says.
        </p>
        <SignInPrompt text="Sign up or log in to read and send messages." onSignIn={setPanel} />
      </section>
    );
  } else if (!vault) body = <Unlock busy={unlocking} problem={problem} onUnlock={unlock} />;
  else body = <MailApp vault={vault} />;

  return (
    <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, padding: 'clamp(14px, 3vw, 32px)', boxSizing: 'border-box' }}>
      <div style={{ maxWidth: 1100, margin: '0 auto', display: 'grid', gap: 22, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <header style={{ display: 'flex', flexWrap: 'wrap', gap: 14, alignItems: 'center', justifyContent: 'space-between' }}>
          <a href={href()} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
            <h1 data-testid="app-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(26px, 4vw, 36px)', lineHeight: 1.15 }}>
              <span aria-hidden="true">✉️ </span>
              {config.title}
            </h1>
            <p style={{ margin: '4px 0 0', color: theme.muted }}>{config.tagline}</p>
          </a>
          <AccountBar panel={panel} onPanel={setPanel} intro="Your password also locks your message key: only you can open your messages." onSignedIn={unlock} />
        </header>
        <main>{body}</main>
      </div>
    </div>
  );
}
