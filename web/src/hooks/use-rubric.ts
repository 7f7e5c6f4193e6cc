import { useEffect, useState } from 'react';
import type { TRubric } from '../../../src/shared/schemas/rubric.js';
import { ApiError } from '../api/client.js';
import { getRubric } from '../api/rubric.js';

/** The rubric once loaded, or why it could not be. */
export type RubricState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; rubric: TRubric };

/** Load the published rubric (fetched once per page load and shared). */
export function useRubric(): RubricState {
  const [state, setState] = useState<RubricState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getRubric()
      .then((rubric) => {
        if (live) setState({ status: 'ready', rubric });
      })
      .catch((err: unknown) => {
        if (live)
          setState({ status: 'error', message: err instanceof ApiError ? err.message : 'Something went wrong.' });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
