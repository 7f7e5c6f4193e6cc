import { listCurrentQuestions } from '../../db/repos/question-repo.js';
import { decodeCursor, encodeCursor } from '../../shared/cursor.js';
import type { Page } from '../../shared/schemas/page.js';
import type { TQuestionListQuery, TQuestionSummary } from '../../shared/schemas/question.js';
import type { Actor, Deps } from '../context.js';
import { questionSummary } from './question-view.js';

/**
 * Questions the caller may see: the built-in bank for anyone, plus their organisation's
 * own when signed in. Filters by category, level, topic and full-text `q`.
 */
export async function listQuestions(
  deps: Deps,
  actor: Actor | undefined,
  query: TQuestionListQuery,
): Promise<Page<TQuestionSummary>> {
  const rows = await listCurrentQuestions(deps.db, {
    orgId: actor?.orgId ?? null,
    category: query.category,
    level: query.level,
    topic: query.topic,
    q: query.q,
    afterSlug: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map(questionSummary);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}
