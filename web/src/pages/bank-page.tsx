import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TSessionInfo } from '../../../src/shared/schemas/auth.js';
import type { TQuestionSummary } from '../../../src/shared/schemas/question.js';
import { TOPIC_DESCRIPTIONS } from '../../../src/shared/schemas/topic-descriptions.js';
import { ApiError } from '../api/client.js';
import { listQuestions, NO_FILTERS, type QuestionFilters } from '../api/questions.js';
import { BankFilters, bankUrl, filtersFromSearch } from '../components/bank-filters.js';
import { QuestionCard } from '../components/question-card.js';
import { plural } from '../format.js';
import { canEditQuestions } from '../permissions.js';
import { Link, navigate, useLocation } from '../router.js';

/** Props of BankPage. */
export interface BankPageProps {
  session: TSessionInfo;
}

interface ListState {
  items: TQuestionSummary[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
}

const EMPTY: ListState = { items: [], nextCursor: null, loading: true, loadingMore: false, error: null };

function errorText(err: unknown): string {
  return err instanceof ApiError ? err.message : 'Something went wrong.';
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function summary(state: ListState, filtered: boolean): string {
  if (state.loading && state.items.length === 0) return 'Loading questions…';
  if (state.loading) return 'Updating…';
  if (state.items.length === 0)
    return filtered ? 'No questions match these filters.' : 'The bank has no questions yet.';
  const shown = plural(state.items.length, 'question');
  return state.nextCursor ? `Showing the first ${shown}; more below.` : `Showing ${shown}.`;
}

/** The question bank: search and filter the questions your organisation can use. */
export function BankPage({ session }: BankPageProps) {
  const { search } = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const filtered = Boolean(filters.q || filters.category || filters.level || filters.topic);
  const [state, setState] = useState<ListState>(EMPTY);
  const [attempt, setAttempt] = useState(0);

  const onChange = useCallback((next: QuestionFilters) => navigate(bankUrl(next), { replace: true }), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on Retry
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    listQuestions(filters, { signal: controller.signal })
      .then((page) => setState({ ...EMPTY, items: page.items, nextCursor: page.nextCursor, loading: false }))
      .catch((err: unknown) => {
        if (!isAbort(err)) setState({ ...EMPTY, loading: false, error: errorText(err) });
      });
    return () => controller.abort();
  }, [filters, attempt]);

  async function loadMore() {
    if (!state.nextCursor) return;
    setState((s) => ({ ...s, loadingMore: true, error: null }));
    try {
      const page = await listQuestions(filters, { cursor: state.nextCursor });
      setState((s) => ({ ...s, items: [...s.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false }));
    } catch (err) {
      setState((s) => ({ ...s, loadingMore: false, error: errorText(err) }));
    }
  }

  return (
    <div className="bank">
      <header className="page-header page-header--with-actions">
        <div>
          <h1>Question bank</h1>
          <p className="lead">
            Behavioural, technical, situational and values questions, calibrated by level. Search by what a question is
            about, or narrow by category, level and topic.
          </p>
        </div>
        {canEditQuestions(session.role) ? (
          <Link to="/bank/new" className="button button--primary">
            Add a question
          </Link>
        ) : null}
      </header>
      <BankFilters filters={filters} onChange={onChange} />
      {filters.topic ? (
        <p className="topic-note">
          <span className="topic-note__name">{filters.topic}</span> {TOPIC_DESCRIPTIONS[filters.topic]}
        </p>
      ) : null}
      <p className="result-summary" aria-live="polite">
        {summary(state, filtered)}
      </p>
      {state.error ? (
        <div className="banner banner--error" role="alert">
          <span>Could not load questions: {state.error}</span>
          <button type="button" className="button button--quiet" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      ) : null}
      {!state.loading && !state.error && state.items.length === 0 && filtered ? (
        <p>
          <button type="button" className="button" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        </p>
      ) : null}
      {state.items.length > 0 ? (
        <ol className="question-list" aria-label="Questions" aria-busy={state.loading}>
          {state.items.map((question) => (
            <li key={question.id}>
              <QuestionCard question={question} />
            </li>
          ))}
        </ol>
      ) : null}
      {state.nextCursor && !state.loading ? (
        <p className="load-more">
          <button type="button" className="button" onClick={loadMore} disabled={state.loadingMore}>
            {state.loadingMore ? 'Loading…' : 'Show more questions'}
          </button>
        </p>
      ) : null}
    </div>
  );
}
