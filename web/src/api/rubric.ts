import type { TRubric } from '../../../src/shared/schemas/rubric.js';
import { apiGet } from './client.js';

let cached: Promise<TRubric> | undefined;

/** The published rubric, fetched once per page load (a failed fetch is retried next time). */
export function getRubric(): Promise<TRubric> {
  if (!cached) {
    cached = apiGet<TRubric>('/api/v1/rubric');
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}
