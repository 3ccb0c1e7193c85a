import { ApiError, getJson, postJson } from '@/lib/api';

export interface Me {
  id: number;
  email: string;
  role: 'user' | 'admin';
  /** `none`: the embedded single-user mode, nobody signs in; `accounts`: people sign in. */
  auth: 'none' | 'accounts';
}

/** Who is signed in; null when nobody is (the server answers 401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await getJson<Me>('/api/auth/me', signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const signIn = (email: string, password: string) => postJson<Me>('/api/auth/login', { email, password });

export const signUp = (email: string, password: string) => postJson<Me>('/api/auth/signup', { email, password });

export const signOut = () => postJson<void>('/api/auth/logout', {});
