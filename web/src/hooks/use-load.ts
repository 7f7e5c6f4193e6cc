import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.js';

/** Where loading one thing has got to. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'forbidden'; message: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

/** What useLoad returns: the state, a retry, and a way to show a change made on this page. */
export interface UseLoad<T> {
  state: LoadState<T>;
  retry: () => void;
  replace: (data: T) => void;
}

/** An error as one line for the page. */
export function errorMessage(err: unknown): string {
  return err instanceof ApiError ? err.message : 'Something went wrong.';
}

/** True for the abort of a request the page no longer wants. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/**
 * Load something whenever `key` changes (a 404 is "not found", a 403 "forbidden", anything
 * else an error with a retry). `load` may be a new function each render; `key` decides when to reload.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): UseLoad<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` decide when to load again
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadRef
      .current(controller.signal)
      .then((data) => setState({ status: 'ready', data }))
      .catch((err: unknown) => {
        if (isAbort(err)) return;
        if (err instanceof ApiError && err.status === 404) setState({ status: 'not-found' });
        else if (err instanceof ApiError && err.status === 403) setState({ status: 'forbidden', message: err.message });
        else setState({ status: 'error', message: errorMessage(err) });
      });
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, retry, replace };
}
