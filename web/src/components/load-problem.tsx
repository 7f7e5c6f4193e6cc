import type { LoadState } from '../hooks/use-load.js';
import { Link } from '../router.js';

/** Props of LoadProblem. */
export interface LoadProblemProps<T> {
  state: Exclude<LoadState<T>, { status: 'ready' }>;
  /** What is being loaded, for the messages: "role", "interview kit". */
  what: string;
  /** Where to go instead when it does not exist. */
  back: { to: string; label: string };
  onRetry: () => void;
}

/** Something that is still loading, does not exist, may not be seen, or could not be loaded. */
export function LoadProblem<T>({ state, what, back, onRetry }: LoadProblemProps<T>) {
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading the {what}…
      </p>
    );
  }
  if (state.status === 'not-found' || state.status === 'forbidden') {
    const heading = state.status === 'not-found' ? `No such ${what}` : `You can’t see this ${what}`;
    return (
      <div className="page-narrow">
        <h1>{heading}</h1>
        <p role="alert">
          {state.status === 'not-found'
            ? `This ${what} does not exist in your organisation. The link may be mistyped or out of date.`
            : state.message}
        </p>
        <p>
          <Link to={back.to} className="button button--primary">
            {back.label}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <span>
        Could not load the {what}: {state.message}
      </span>
      <button type="button" className="button button--quiet" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
