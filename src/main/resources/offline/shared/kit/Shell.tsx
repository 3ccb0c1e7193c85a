import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { config } from '../config';
import { theme, usePageSetup } from '../theme';
import { AccountMenu, SignInDialog } from './Account';
import type { SignInMode } from './Account';
import { button, sectionTitle, srOnly } from './ui';
import { Empty, Loading } from './States';
import { useUser } from 'faibric/data';

export interface NavItem {
  id: string;
  label: string;
  badge?: number;
}

interface ShellTools {
  /** Opens the sign-in dialog, saying why when a reason is given. */
  askToSignIn: (mode?: SignInMode, reason?: string) => void;
  /** Shows a short message that also reaches screen readers. */
  notify: (message: string) => void;
}

const Tools = createContext<ShellTools>({ askToSignIn: () => {}, notify: () => {} });

/** The shell's sign-in dialog and messages, from any component inside it. */
export function useShell(): ShellTools {
  return useContext(Tools);
}

interface ShellProps {
  nav: NavItem[];
  current: string;
  onNavigate: (id: string) => void;
  /** Extra header controls (a cart button, say). */
  actions?: ReactNode;
  children: ReactNode;
  maxWidth?: number;
}

/** The page: title, tagline, account, navigation, messages and the sign-in dialog. */
export default function Shell({ nav, current, onNavigate, actions, children, maxWidth = 1180 }: ShellProps) {
  usePageSetup();
  const [dialog, setDialog] = useState<{ mode: SignInMode; reason?: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; key: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const askToSignIn = useCallback((mode: SignInMode = 'signup', reason?: string) => setDialog({ mode, reason }), []);
  const notify = useCallback((text: string) => {
    setMessage({ text, key: Date.now() });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), 4000);
  }, []);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const close = useCallback(() => setDialog(null), []);

  return (
    <Tools.Provider value={{ askToSignIn, notify }}>
      <div style={{ minHeight: '100vh', background: theme.background, color: theme.text, fontFamily: theme.body, boxSizing: 'border-box' }}>
        <a href="#main" style={{ ...srOnly }} onFocus={(e) => Object.assign(e.currentTarget.style, { position: 'static', width: 'auto', height: 'auto', clip: 'auto' })}>
          Skip to content
        </a>
        <header style={{ background: theme.surface, borderBottom: `1px solid ${theme.border}` }}>
          <div style={{ maxWidth, margin: '0 auto', padding: 'clamp(14px, 2.5vw, 22px) clamp(16px, 3vw, 32px) 0', display: 'grid', gap: 14 }}>
            <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 14 }}>
              <div style={{ minWidth: 0, flex: '1 1 260px' }}>
                <h1 data-testid="app-title" style={{ margin: 0, fontFamily: theme.heading, fontSize: 'clamp(24px, 3.6vw, 34px)', lineHeight: 1.15, overflowWrap: 'anywhere' }}>
                  {config.title}
                </h1>
                <p style={{ margin: '4px 0 0', color: theme.muted, fontSize: 15 }}>{config.tagline}</p>
              </div>
              <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, maxWidth: '100%' }}>
                {actions}
                <AccountMenu onAsk={(mode) => askToSignIn(mode)} />
              </div>
            </div>
            <nav aria-label="Sections" style={{ display: 'flex', gap: 4, overflowX: 'auto', marginBottom: -1 }}>
              {nav.map((item) => {
                const active = item.id === current;
                return (
                  <button
                    key={item.id}
                    type="button"
                    data-testid={`nav-${item.id}`}
                    aria-current={active ? 'page' : undefined}
                    onClick={() => onNavigate(item.id)}
                    style={{ padding: '10px 14px', border: 'none', borderBottom: `3px solid ${active ? theme.primary : 'transparent'}`, background: 'transparent', color: active ? theme.text : theme.muted, fontWeight: active ? 750 : 600, fontSize: 15, cursor: 'pointer', fontFamily: theme.body, whiteSpace: 'nowrap' }}
                  >
                    {item.label}
                    {item.badge !== undefined && item.badge > 0 && (
                      <span style={{ marginLeft: 6, fontSize: 12, padding: '1px 7px', borderRadius: 999, background: theme.tint, color: theme.primaryInk }}>{item.badge}</span>
                    )}
                  </button>
                );
              })}
            </nav>
          </div>
        </header>
        <main id="main" style={{ maxWidth, margin: '0 auto', padding: 'clamp(16px, 3vw, 32px)', display: 'grid', gap: 20, gridTemplateColumns: 'minmax(0, 1fr)' }}>
          {children}
        </main>
        <div aria-live="polite" role="status" style={message ? { position: 'fixed', left: '50%', bottom: 24, transform: 'translateX(-50%)', background: theme.text, color: theme.background, padding: '12px 18px', borderRadius: 12, boxShadow: theme.shadow, fontWeight: 600, fontSize: 15, zIndex: 60, maxWidth: 'calc(100vw - 32px)' } : srOnly}>
          {message && <span key={message.key} data-testid="toast">{message.text}</span>}
        </div>
        {dialog && <SignInDialog mode={dialog.mode} reason={dialog.reason} onMode={(mode) => setDialog({ ...dialog, mode })} onClose={close} />}
      </div>
    </Tools.Provider>
  );
}

/** Its children for a signed-in visitor (the admin only, with `admin`); otherwise the way in. */
export function SignedIn({ reason, admin = false, children }: { reason: string; admin?: boolean; children: ReactNode }) {
  const { user, loading } = useUser();
  const { askToSignIn } = useShell();
  if (loading) return <Loading label="Checking your account…" />;
  if (!user) {
    return (
      <Empty icon="🔐" title="Sign in to continue" testId="sign-in-needed">
        <span>{reason}</span>
        <span style={{ display: 'flex', gap: 10, flexWrap: 'wrap', justifyContent: 'center' }}>
          <button type="button" onClick={() => askToSignIn('signup', reason)} style={button('primary')}>
            Sign up
          </button>
          <button type="button" onClick={() => askToSignIn('login', reason)} style={button('secondary')}>
            Log in
          </button>
        </span>
      </Empty>
    );
  }
  if (admin && !user.admin) {
    return (
      <Empty icon="🛡️" title="For the app's admin" testId="admin-only">
        <span>Only the owner of this app can see this. Open it from the owner's data tab to manage it.</span>
      </Empty>
    );
  }
  return <>{children}</>;
}

/** A titled part of the page; with a `reason`, only for signed-in visitors (only the admin, with `admin`). */
export function Section({ id, title, reason, admin = false, children }: { id: string; title: string; reason?: string; admin?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} style={{ display: 'grid', gap: 16 }}>
      <h2 id={`${id}-title`} style={sectionTitle}>{title}</h2>
      {reason ? (
        <SignedIn reason={reason} admin={admin}>
          {children}
        </SignedIn>
      ) : (
        children
      )}
    </section>
  );
}
