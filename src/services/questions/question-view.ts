import type { QuestionRow } from '../../db/repos/question-repo.js';
import {
  needsSignals,
  type TQuestionDetail,
  type TQuestionDraft,
  type TQuestionSummary,
} from '../../shared/schemas/question.js';

/** The stored content, typed: rows are only written from validated questions (drafts included). */
function contentOf(row: QuestionRow): TQuestionDraft {
  return row.content as unknown as TQuestionDraft;
}

/** List shape of a stored question. */
export function questionSummary(row: QuestionRow): TQuestionSummary {
  const c = contentOf(row);
  return {
    id: row.slug,
    version: row.version,
    builtIn: row.orgId === null,
    text: c.text,
    category: c.category,
    levels: c.levels,
    topics: c.topics,
    dimensions: c.dimensions,
    difficulty: c.difficulty,
    minutes: c.minutes,
    needsSignals: needsSignals(c),
  };
}

/** Detail shape of a stored question. */
export function questionDetail(row: QuestionRow): TQuestionDetail {
  const c = contentOf(row);
  return {
    ...c,
    id: row.slug,
    version: row.version,
    builtIn: row.orgId === null,
    needsSignals: needsSignals(c),
    retired: row.retiredAt !== null,
  };
}
