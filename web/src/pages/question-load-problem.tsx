import type { QuestionState } from '../hooks/use-question.js';
import { Link } from '../router.js';

/** Props of QuestionLoadProblem. */
export interface QuestionLoadProblemProps {
  state: Exclude<QuestionState, { status: 'ready' }>;
  id: string;
  onRetry: () => void;
}

/** A question that is still loading, does not exist, or could not be loaded. */
export function QuestionLoadProblem({ state, id, onRetry }: QuestionLoadProblemProps) {
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        Loading the question…
      </p>
    );
  }
  if (state.status === 'not-found') {
    return (
      <div className="page-narrow">
        <h1>Question not found</h1>
        <p>
          There is no question <code>{id}</code> in your bank. It may have been mistyped, or it belongs to another
          organisation.
        </p>
        <p>
          <Link to="/bank" className="button button--primary">
            Go to the question bank
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <span>Could not load the question: {state.message}</span>
      <button type="button" className="button button--quiet" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
