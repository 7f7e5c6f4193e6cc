import { useCallback, useEffect, useState } from 'react';
import type { TQuestionDetail } from '../../../src/shared/schemas/question.js';
import { ApiError } from '../api/client.js';
import { getQuestion } from '../api/questions.js';

/** Where loading one question has got to. */
export type QuestionState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; question: TQuestionDetail };

/** What useQuestion returns: the state, a retry, and a way to show a change made on this page. */
export interface UseQuestion {
  state: QuestionState;
  retry: () => void;
  replace: (question: TQuestionDetail) => void;
}

/** Load one question by id; a 404 is "not found", anything else an error with a retry. */
export function useQuestion(id: string): UseQuestion {
  const [state, setState] = useState<QuestionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on retry
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getQuestion(id, { signal: controller.signal })
      .then((question) => setState({ status: 'ready', question }))
      .catch((err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') return;
        if (err instanceof ApiError && err.status === 404) setState({ status: 'not-found' });
        else setState({ status: 'error', message: err instanceof ApiError ? err.message : 'Something went wrong.' });
      });
    return () => controller.abort();
  }, [id, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((question: TQuestionDetail) => setState({ status: 'ready', question }), []);
  return { state, retry, replace };
}
