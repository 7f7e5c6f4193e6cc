import type { Db } from '../../db/client.js';
import { gradedAnswersOfProfile } from '../../db/repos/practice-repo.js';
import { parseStoredGrade } from '../../domain/grader/grade-schema.js';
import type { GradedAnswer } from '../../domain/practice/history.js';
import { DIMENSIONS } from '../../shared/schemas/vocabulary.js';
import { publicQuestion } from './public-bank.js';

/** A profile's graded answers as the draw, the plan and the progress chart read them. */
export async function gradedHistory(db: Db, profileId: string): Promise<GradedAnswer[]> {
  const rows = await gradedAnswersOfProfile(db, profileId);
  return rows.flatMap((r) => {
    // The latest grade counts: after a follow-up turn, the combined answer's.
    const grade = parseStoredGrade(r.followUpGrade ?? r.grade);
    if (!grade) return [];
    return {
      roundId: r.roundId,
      questionId: r.questionId,
      topics: publicQuestion(r.questionId)?.topics ?? [],
      overall: grade.overall,
      dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, grade.dimensions[d]?.score ?? null])),
      at: r.submittedAt ?? r.roundCreatedAt,
    };
  });
}
