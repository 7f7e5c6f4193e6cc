import type { Page } from '../../../src/shared/schemas/page.js';
import type { TQuestionSummary } from '../../../src/shared/schemas/question.js';
import type { Category, Level } from '../../../src/shared/schemas/vocabulary.js';
import { apiGet } from './client.js';

/** Filters of the bank list; empty strings mean "any". */
export interface QuestionFilters {
  q: string;
  category: Category | '';
  level: Level | '';
}

/** One page of questions matching the filters. */
export function listQuestions(
  filters: QuestionFilters,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<Page<TQuestionSummary>> {
  return apiGet<Page<TQuestionSummary>>(
    '/api/v1/questions',
    {
      limit: opts.limit ?? 20,
      q: filters.q.trim(),
      category: filters.category,
      level: filters.level,
      cursor: opts.cursor,
    },
    { signal: opts.signal },
  );
}
