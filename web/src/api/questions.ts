import type { Page } from '../../../src/shared/schemas/page.js';
import type {
  TLintReport,
  TQuestionDetail,
  TQuestionInput,
  TQuestionSummary,
} from '../../../src/shared/schemas/question.js';
import type { Category, Level, Topic } from '../../../src/shared/schemas/vocabulary.js';
import { apiDelete, apiGet, apiPost, apiPut } from './client.js';

/** Filters of the bank list; empty strings mean "any". */
export interface QuestionFilters {
  q: string;
  category: Category | '';
  level: Level | '';
  topic: Topic | '';
}

/** No filters: the whole bank. */
export const NO_FILTERS: QuestionFilters = { q: '', category: '', level: '', topic: '' };

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
      topic: filters.topic,
      cursor: opts.cursor,
    },
    { signal: opts.signal },
  );
}

function questionPath(id: string): string {
  return `/api/v1/questions/${encodeURIComponent(id)}`;
}

/** One whole question: built-in, or your organisation's own. */
export function getQuestion(id: string, opts: { signal?: AbortSignal } = {}): Promise<TQuestionDetail> {
  return apiGet<TQuestionDetail>(questionPath(id), {}, { signal: opts.signal });
}

/** Add a question to your organisation's bank (the server refuses lint errors with 422). */
export function createQuestion(input: TQuestionInput): Promise<TQuestionDetail> {
  return apiPost<TQuestionDetail>('/api/v1/questions', input);
}

/** Edit one of your organisation's questions; the edit becomes a new version. */
export function updateQuestion(id: string, input: TQuestionInput): Promise<TQuestionDetail> {
  return apiPut<TQuestionDetail>(questionPath(id), input);
}

/** Retire one of your organisation's questions (kept for the scorecards that used it). */
export function retireQuestion(id: string): Promise<void> {
  return apiDelete(questionPath(id));
}

/** Lint a question as it is being written, without saving it. */
export function lintQuestion(
  draft: Record<string, unknown>,
  opts: { signal?: AbortSignal } = {},
): Promise<TLintReport> {
  return apiPost<TLintReport>('/api/v1/questions/lint', draft, { signal: opts.signal });
}
