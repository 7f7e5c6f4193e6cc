import { type FormEvent, useId, useRef, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import { signIn } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { BrandMark } from '../components/brand-mark.js';
import { humanWait } from '../format.js';
import { Link } from '../router.js';

/** Props of SignInPage. */
export interface SignInPageProps {
  onSignedIn: (info: TSessionInfo) => void;
}

/** What to tell a person whose sign-in failed. */
export function signInErrorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again in a moment.';
  if (err.status === 401) return 'Email or password is incorrect.';
  if (err.status === 429) {
    return `Too many attempts. ${err.retryAfter ? `Try again in ${humanWait(err.retryAfter)}.` : 'Wait a few minutes and try again.'}`;
  }
  if (err.status === 400 && err.details.some((d) => d.path.includes('email'))) return 'Enter a valid email address.';
  if (err.status === 0) return err.message;
  return 'Caliper could not sign you in just now. Try again in a moment.';
}

/** Email and password sign-in, beside a short word on what Caliper is. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      onSignedIn(await signIn(email, password));
    } catch (err) {
      setError(signInErrorMessage(err));
      setPending(false);
      passwordRef.current?.select();
    }
  }

  return (
    <div className="sign-in">
      <section className="sign-in__story" aria-labelledby="sign-in-story">
        <div className="brand brand--large">
          <BrandMark />
          <span className="brand__name">Caliper</span>
        </div>
        <h2 id="sign-in-story">Put the marks on the ruler.</h2>
        <p>Structured interviews for hiring backend engineers.</p>
        <ul className="sign-in__points">
          <li>A calibrated question bank for junior, mid, senior and staff.</li>
          <li>Independent 1–5 scorecards with evidence, before anyone sees another’s.</li>
          <li>A practice coach graded against the same rubric panels use.</li>
        </ul>
      </section>
      <main className="sign-in__panel" id="main">
        <div className="card sign-in__card">
          <h1>Sign in</h1>
          <p className="muted">Use the email and password your organisation gave you.</p>
          <form onSubmit={handleSubmit} aria-describedby={error ? errorId : undefined}>
            {error ? (
              <p className="form-error" role="alert" id={errorId}>
                {error}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor="sign-in-email">Email</label>
              <input
                id="sign-in-email"
                name="email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="sign-in-password">Password</label>
              <input
                id="sign-in-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                ref={passwordRef}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={pending}
              aria-busy={pending}
            >
              Sign in
            </button>
          </form>
          <p className="sign-in__practice">
            Preparing for an interview? <Link to="/practice">Practise without an account</Link>
          </p>
        </div>
      </main>
    </div>
  );
}
