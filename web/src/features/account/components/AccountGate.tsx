import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getMe, signOut, type Me } from '../api/auth';
import { SignInForm } from './SignInForm';

interface AccountState {
  me: Me | null;
  signOut: () => Promise<void>;
}

const AccountContext = createContext<AccountState>({ me: null, signOut: async () => {} });

export const useAccount = () => useContext(AccountContext);

/**
 * Shows its children to whoever is signed in (always the local user when accounts are off) and
 * the sign-in form to anyone else.
 */
export function AccountGate({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(setMe, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
    });
    return () => controller.abort();
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (me === undefined) return <p className="muted">Loading…</p>;
  if (me === null) return <SignInForm onSignedIn={setMe} />;
  const state: AccountState = {
    me,
    signOut: async () => {
      await signOut();
      setMe(null);
    },
  };
  return <AccountContext.Provider value={state}>{children}</AccountContext.Provider>;
}

/** The signed-in account and a way out, in the header; nothing in the single-user mode. */
export function AccountMenu() {
  const { me, signOut: leave } = useAccount();
  if (!me || me.auth !== 'accounts') return null;
  return (
    <span className="account-menu">
      <span className="muted" data-testid="account-email">{me.email}</span>
      <button type="button" className="link-button" onClick={() => void leave()} data-testid="sign-out">
        Sign out
      </button>
    </span>
  );
}
