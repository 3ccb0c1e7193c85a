// Sign-in for the app's own users, and who is signed in as far as this page knows: one
// GET /_api/auth/me shared by everyone who asks at the same time, and listeners told when
// someone signs up, in or out.
import { DataError, request, toDataError } from './http';
import type { AppUser } from './types';

export interface Auth {
  /** Creates an account and signs it in; rejects with a DataError (e.g. 409, 400) otherwise. */
  signUp(email: string, password: string, name?: string): Promise<AppUser>;
  logIn(email: string, password: string): Promise<AppUser>;
  logOut(): Promise<void>;
  /** Who is signed in, asked of the server; null when nobody is. */
  me(): Promise<AppUser | null>;
  /** Calls `listener` when the signed-in user changes, until the returned function is called. */
  onChange(listener: (user: AppUser | null) => void): () => void;
}

/** Who is signed in: unknown until the server said (or could not say). */
export interface Session {
  known: boolean;
  user: AppUser | null;
  error: DataError | null;
}

let session: Session = { known: false, user: null, error: null };
const watchers = new Set<() => void>();
const changeListeners = new Set<(user: AppUser | null) => void>();
let asking: Promise<AppUser | null> | null = null;
/** Counts sign-ins and outs, so that an answer to an older me() does not undo a newer one. */
let signings = 0;

/** The session as last known; a new object whenever it changes. */
export const currentSession = (): Session => session;

/** Calls `watcher` whenever the session changes (also when it first becomes known). */
export function watchSession(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

function update(next: Session, announce: boolean) {
  session = next;
  [...watchers].forEach((watcher) => watcher());
  if (announce) [...changeListeners].forEach((listener) => listener(next.user));
}

/** A user the page signed in or out of on purpose: a change unless it is who was known to be signed in. */
function signed(user: AppUser | null): AppUser | null {
  signings++;
  const same = session.known && session.user?.id === user?.id;
  update({ known: true, user, error: null }, !same);
  return user;
}

const signIn = (path: string, body: object) =>
  request<{ user: AppUser }>('POST', path, body).then((answer) => signed(answer.user) as AppUser);

export const auth: Auth = {
  signUp: (email, password, name) => signIn('/_api/auth/signup', { email, password, name }),
  logIn: (email, password) => signIn('/_api/auth/login', { email, password }),
  logOut: () => request<void>('POST', '/_api/auth/logout').then(() => void signed(null)),
  me: () => {
    if (asking) return asking;
    const asked = signings;
    const answer = request<{ user: AppUser | null }>('GET', '/_api/auth/me').then(
      (found) => {
        const user = found?.user ?? null;
        if (asked === signings) {
          // Found signed in (or out) by someone else, e.g. in another tab: a change too.
          update({ known: true, user, error: null }, session.known && session.user?.id !== user?.id);
        }
        return user;
      },
      (error: unknown) => {
        if (asked === signings) update({ ...session, error: toDataError(error) }, false);
        throw toDataError(error);
      },
    );
    asking = answer;
    const done = () => {
      if (asking === answer) asking = null;
    };
    answer.then(done, done);
    return answer;
  },
  onChange: (listener) => {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
};
