import { type FormEvent, useEffect, useId, useState } from 'react';
import { resetPassword } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { humanWait } from '../format.js';

/** Shortest password the server accepts (src/shared/schemas/auth.ts, ZPassword). */
const MIN_PASSWORD = 10;

/**
 * The token from the link: in the fragment (`#token=…`, never sent to a server or in a Referer)
 * or, from older links or mail clients that drop fragments, the query.
 */
export function tokenFromLocation(hash: string, search: string): string {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return (fromHash ?? new URLSearchParams(search).get('token') ?? '').trim();
}

/** What to tell a person whose reset failed. */
export function resetErrorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again in a moment.';
  if (err.status === 429) {
    return `Too many attempts. ${err.retryAfter ? `Try again in ${humanWait(err.retryAfter)}.` : 'Wait a few minutes and try again.'}`;
  }
  const password = err.details.find((d) => d.path.endsWith('password'));
  if (err.status === 400 && password) return `The new password ${password.message}.`;
  if (err.status === 400) return 'This link is invalid, already used or expired. Ask an admin for a new one.';
  if (err.status === 0) return err.message;
  return 'Caliper could not set your password just now. Try again in a moment.';
}

/** Set a new password with the one-time link an admin handed over. */
export function ResetPasswordPage() {
  const [token] = useState(() => tokenFromLocation(window.location.hash, window.location.search));
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  // Take the token out of the address bar once read, so it is not left in the history.
  useEffect(() => {
    if (token) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [token]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (password.length < MIN_PASSWORD) return setError(`Use at least ${MIN_PASSWORD} characters.`);
    if (password !== confirm) return setError('The two passwords are not the same.');
    setPending(true);
    setError(null);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (err) {
      setError(resetErrorMessage(err));
    } finally {
      setPending(false);
    }
  }

  if (!token) {
    return (
      <div className="card page-narrow">
        <h1>Reset your password</h1>
        <p>This page needs the whole link an admin gave you. Ask them for a new one if it was cut short.</p>
      </div>
    );
  }
  if (done) {
    return (
      <div className="card page-narrow" role="status">
        <h1>Your password is set</h1>
        <p>Every browser that was signed in as you has been signed out.</p>
        {/* A full load, so the app forgets any session this browser had. */}
        <a className="button button--primary" href="/sign-in">
          Sign in
        </a>
      </div>
    );
  }
  return (
    <div className="card page-narrow">
      <h1>Reset your password</h1>
      <p className="muted">Choose a new password of at least {MIN_PASSWORD} characters. The link works once.</p>
      <form onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
        {error ? (
          <p className="form-error" role="alert" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="reset-password">New password</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="reset-confirm">New password again</label>
          <input
            id="reset-confirm"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
          Set the new password
        </button>
      </form>
    </div>
  );
}
