import { useEffect, useState } from 'react';
import type { TLintReport } from '../../../src/shared/schemas/question.js';
import { ApiError } from '../api/client.js';
import { lintQuestion } from '../api/questions.js';

/** The lint's latest word on the draft, and the text it looked at (finding offsets point into it). */
export interface LintResult {
  report: TLintReport;
  text: string;
}

/** Where linting has got to; `result` stays on screen while a newer draft is being checked. */
export type LintState =
  | { status: 'idle'; result: null }
  | { status: 'checking'; result: LintResult | null }
  | { status: 'ready'; result: LintResult }
  | { status: 'error'; message: string; result: LintResult | null };

/** The debounce between the last keystroke and asking the server. */
export const LINT_DELAY_MS = 300;

/**
 * Lint a draft as it is typed: waits LINT_DELAY_MS after the last change, cancels a request
 * that a newer draft has overtaken, and keeps the previous findings visible meanwhile.
 * A null draft (nothing written yet) clears the findings.
 */
export function useLint(draft: Record<string, unknown> | null): LintState {
  const [state, setState] = useState<LintState>({ status: 'idle', result: null });
  const key = draft ? JSON.stringify(draft) : '';

  useEffect(() => {
    if (!key) {
      setState({ status: 'idle', result: null });
      return;
    }
    const body = JSON.parse(key) as Record<string, unknown>;
    const text = typeof body.text === 'string' ? body.text : '';
    const controller = new AbortController();
    setState((s) => ({ status: 'checking', result: s.result }));
    const timer = window.setTimeout(() => {
      lintQuestion(body, { signal: controller.signal })
        .then((report) => setState({ status: 'ready', result: { report, text } }))
        .catch((err: unknown) => {
          if (err instanceof DOMException && err.name === 'AbortError') return;
          const message = err instanceof ApiError ? err.message : 'Something went wrong.';
          setState((s) => ({ status: 'error', message, result: s.result }));
        });
    }, LINT_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return state;
}
