import { listInterviews } from '../api/interviews.js';
import './my-interviews.css';
import { useLoad } from '../hooks/use-load.js';
import { InterviewList } from './interview-list.js';

/** The signed-in member's interviews, soonest first, each linking to its kit. */
export function MyInterviews() {
  const interviews = useLoad('mine', (signal) => listInterviews({ mine: true }, { signal }));
  const state = interviews.state;
  const upcoming = state.status === 'ready' ? state.data.filter((i) => i.status === 'scheduled') : [];
  const past = state.status === 'ready' ? state.data.filter((i) => i.status !== 'scheduled') : [];
  return (
    <section className="card my-interviews" aria-labelledby="my-interviews-heading">
      <h2 id="my-interviews-heading">My interviews</h2>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Loading your interviews…
        </p>
      ) : null}
      {state.status === 'error' || state.status === 'forbidden' || state.status === 'not-found' ? (
        <div className="banner banner--error" role="alert">
          <span>Could not load your interviews{state.status === 'not-found' ? '.' : `: ${state.message}`}</span>
          <button type="button" className="button button--quiet" onClick={interviews.retry}>
            Try again
          </button>
        </div>
      ) : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <p className="muted">
          No interviews assigned to you. When you are scheduled, the kit to use in the room is here.
        </p>
      ) : null}
      {upcoming.length > 0 ? <InterviewList interviews={upcoming} showCandidate label="Upcoming interviews" /> : null}
      {past.length > 0 ? (
        <>
          <h3 className="my-interviews__past">Held or cancelled</h3>
          <InterviewList interviews={past} showCandidate label="Past interviews" />
        </>
      ) : null}
    </section>
  );
}
