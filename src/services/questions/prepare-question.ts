import type { NewQuestionRow } from '../../db/repos/question-repo.js';
import { lintQuestions } from '../../domain/bank/lint.js';
import { contentHashOf, searchTextOf } from '../../domain/bank/question-index.js';
import { AppError } from '../../shared/errors.js';
import { sharedInAdvanceByDefault, type TQuestionDraft } from '../../shared/schemas/question.js';

/**
 * Lint an organisation question before it is stored. Errors (a question about a protected
 * characteristic, salary history, an unknown topic) refuse it with 422 and the reason;
 * warnings (missing signals) are allowed: the question is stored marked as needing signals.
 */
export function assertLintClean(question: TQuestionDraft): void {
  const errors = lintQuestions([question]).filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first) {
    throw new AppError('unprocessable', first.message, {
      details: errors.map((e) => ({ path: e.rule, message: e.message })),
    });
  }
}

/** Fill the defaults that depend on other fields. */
export function normaliseDraft(q: TQuestionDraft): TQuestionDraft {
  return { ...q, shareInAdvance: q.shareInAdvance ?? sharedInAdvanceByDefault(q.category) };
}

/** The row to insert for one version of an organisation question. */
export function questionRow(
  q: TQuestionDraft,
  v: { orgId: string; version: number; createdBy: string | null },
): NewQuestionRow {
  return {
    slug: q.id,
    version: v.version,
    orgId: v.orgId,
    category: q.category,
    levels: q.levels,
    topics: q.topics,
    text: q.text,
    content: q as unknown as Record<string, unknown>,
    contentHash: contentHashOf(q),
    searchText: searchTextOf(q),
    createdBy: v.createdBy,
  };
}
