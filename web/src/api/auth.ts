import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { ApiError, apiGet, apiPost, setCsrfToken } from './client.js';

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(): Promise<TSessionInfo | null> {
  try {
    const info = await apiGet<TSessionInfo>('/api/v1/auth/session', {}, { expectUnauthenticated: true });
    setCsrfToken(info.csrfToken);
    return info;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** Sign in with email and password; the server sets the session cookie. */
export async function signIn(email: string, password: string): Promise<TSessionInfo> {
  const info = await apiPost<TSessionInfo>('/api/v1/auth/login', { email, password }, { expectUnauthenticated: true });
  setCsrfToken(info.csrfToken);
  return info;
}

/** End the session. An already-ended session (401) counts as signed out. */
export async function signOut(): Promise<void> {
  try {
    await apiPost<undefined>('/api/v1/auth/logout', undefined, { expectUnauthenticated: true });
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  } finally {
    setCsrfToken(null);
  }
}

/**
 * Set a new password with a one-time reset link's token. The server ends every session of that
 * person, this browser's included, so the CSRF token is dropped too.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  await apiPost<undefined>('/api/v1/auth/password-reset', { token, password }, { expectUnauthenticated: true });
  setCsrfToken(null);
}
