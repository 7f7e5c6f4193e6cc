import type { QuestionRow } from '../../db/repos/question-repo.js';
import type { TQuestion, TQuestionDetail, TQuestionSummary } from '../../shared/schemas/question.js';

/** The stored content, typed: rows are only written from validated questions. */
function contentOf(row: QuestionRow): TQuestion {
  return row.content as unknown as TQuestion;
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
  };
}

/** Detail shape of a stored question. */
export function questionDetail(row: QuestionRow): TQuestionDetail {
  return { ...contentOf(row), id: row.slug, version: row.version, builtIn: row.orgId === null };
}
