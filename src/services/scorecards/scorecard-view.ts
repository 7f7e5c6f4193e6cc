import type { ScorecardRow } from '../../db/repos/scorecard-repo.js';
import type { TScorecard } from '../../shared/schemas/scorecards.js';

/** The API view of a scorecard. */
export function scorecardView(row: ScorecardRow): TScorecard {
  return {
    id: row.id,
    interviewId: row.interviewId,
    interviewer: { id: row.interviewerId, name: row.interviewerName },
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    ratings: row.content.ratings as TScorecard['ratings'],
    questionNotes: row.content.questionNotes,
    notes: row.content.notes,
    redFlags: row.content.redFlags as TScorecard['redFlags'],
    recommendation: row.content.recommendation,
  };
}
