import type { z } from 'zod';
import type { DecisionRow } from '../../db/repos/scorecard-repo.js';
import type { ZDecision } from '../../shared/schemas/scorecards.js';

/** The API view of a decision. */
export function decisionView(d: DecisionRow): z.infer<typeof ZDecision> {
  return {
    id: d.id,
    applicationId: d.applicationId,
    outcome: d.outcome,
    rationale: d.rationale,
    dissent: d.dissent,
    scorecardIds: d.scorecardIds,
    decidedBy: { id: d.decidedBy, name: d.decidedByName },
    decidedAt: d.decidedAt.toISOString(),
  };
}
