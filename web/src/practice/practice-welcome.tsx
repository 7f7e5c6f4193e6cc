import { useState } from 'react';
import { createLocalProfile } from '../api/practice.js';
import { Link } from '../router.js';

/** Props of PracticeWelcome. */
export interface PracticeWelcomeProps {
  /** True when this device's earlier profile no longer exists on the server. */
  profileLost: boolean;
  /** Called with the new local profile's secret. */
  onCreated: (secret: string) => void;
}

/** The first screen for a visitor without an account: practise right away, or sign in. */
export function PracticeWelcome({ profileLost, onCreated }: PracticeWelcomeProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    try {
      const created = await createLocalProfile('mid');
      onCreated(created.secret);
    } catch {
      setError('Caliper could not create a practice profile just now. Try again in a moment.');
      setPending(false);
    }
  }

  return (
    <div className="practice-welcome">
      <header className="page-header">
        <p className="eyebrow">Practice</p>
        <h1>Practise for your backend interview</h1>
        <p className="lead">
          Timed mock rounds drawn from the same question bank real panels use. A coach grades each answer against the
          same rubric, points to the evidence in your own words, and asks the follow-up a real interviewer would.
        </p>
      </header>
      {profileLost ? (
        <p className="form-error" role="alert">
          The practice profile saved in this browser no longer exists. Start a fresh one below.
        </p>
      ) : null}
      <div className="practice-welcome__grid">
        <section className="card practice-welcome__card" aria-labelledby="practice-local-heading">
          <h2 id="practice-local-heading">Practise without an account</h2>
          <p className="muted">
            No sign-up. Your rounds and progress are kept with a private key in this browser, so use the same browser to
            come back to them.
          </p>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            onClick={start}
            disabled={pending}
            aria-busy={pending}
          >
            Practise without an account
          </button>
        </section>
        <section className="card practice-welcome__card" aria-labelledby="practice-account-heading">
          <h2 id="practice-account-heading">Have an account?</h2>
          <p className="muted">Sign in to keep your practice with your account, on any device.</p>
          <Link to={`/sign-in?next=${encodeURIComponent('/practice')}`} className="button">
            Sign in
          </Link>
        </section>
      </div>
      <p className="practice-label">
        Practice and coaching only: not a hiring decision, and never shared with an employer.
      </p>
    </div>
  );
}
