import { fetchProfile } from '../api/practice.js';
import { useLoad } from '../hooks/use-load.js';
import { Link } from '../router.js';
import { readLastRound } from './local-profile.js';
import { noticeLoss, usePractice } from './practice-context.js';
import { SetupForm } from './setup-form.js';

/** The practice start: set up a round, resume the last one, or open the plan. */
export function PracticeHome() {
  const { who, mode, problem } = usePractice();
  const profile = useLoad(`profile:${mode}`, (signal) => fetchProfile(who, signal).catch(noticeLoss(problem)));
  const lastRound = readLastRound(mode);

  return (
    <div className="practice-home">
      <header className="page-header">
        <p className="eyebrow">Practice</p>
        <h1>Set up a practice round</h1>
        <p className="lead">
          Pick your level and a track. Each question is timed like the real thing, and every answer gets calm, specific
          coaching: what you showed, what to add, and the follow-up an interviewer would ask.
        </p>
      </header>
      <div className="practice-home__grid">
        <section className="card" aria-labelledby="setup-heading">
          <h2 id="setup-heading" className="visually-hidden">
            Round set-up
          </h2>
          {profile.state.status === 'ready' ? (
            <SetupForm profile={profile.state.data} />
          ) : profile.state.status === 'loading' ? (
            <p className="muted" role="status">
              Loading your practice profile…
            </p>
          ) : (
            <div className="banner banner--error" role="alert">
              <span>
                Could not load your practice profile:{' '}
                {profile.state.status === 'error' || profile.state.status === 'forbidden'
                  ? profile.state.message
                  : 'it was not found'}
              </span>
              <button type="button" className="button button--quiet" onClick={profile.retry}>
                Try again
              </button>
            </div>
          )}
        </section>
        <aside className="practice-home__aside" aria-label="Your practice">
          {lastRound ? (
            <section className="card practice-aside-card">
              <h2>Pick up where you left off</h2>
              <p className="muted">Your last round keeps its answers and feedback.</p>
              <Link to={`/practice?round=${encodeURIComponent(lastRound)}`} className="button">
                Resume your last round
              </Link>
            </section>
          ) : null}
          <section className="card practice-aside-card">
            <h2>Your prep plan and progress</h2>
            <p className="muted">
              {profile.state.status === 'ready' && profile.state.data.rounds > 0
                ? 'A day-by-day plan from your weakest dimensions, and your scores over your rounds.'
                : 'After your first round, a day-by-day plan builds itself from what to work on.'}
            </p>
            <Link to="/practice?view=plan" className="button">
              Open your plan
            </Link>
          </section>
          <p className="practice-label">
            Practice and coaching only: not a hiring decision, and never shared with an employer.
          </p>
        </aside>
      </div>
    </div>
  );
}
