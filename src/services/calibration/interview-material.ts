import type { Db, Tx } from '../../db/client.js';
import { concurrently } from '../../db/concurrently.js';
import { findCandidate } from '../../db/repos/candidate-repo.js';
import { findInterview, interviewersOf } from '../../db/repos/interview-repo.js';
import { findLoopVersion } from '../../db/repos/role-repo.js';
import { scorecardsOfInterviews } from '../../db/repos/scorecard-repo.js';
import type { CalibrationMaterial } from '../../db/schema-analytics.js';
import { anonymiseText, type Identities } from '../../domain/calibration/anonymise.js';
import { medianReference } from '../../domain/calibration/divergence.js';
import { AppError } from '../../shared/errors.js';
import { DIMENSIONS, type Dimension } from '../../shared/schemas/vocabulary.js';
import { pinnedQuestions } from '../loops/question-lookup.js';

/** What a past interview offers a calibration session. */
export interface InterviewMaterial {
  material: CalibrationMaterial;
  /** Dimensions the original panel scored (at least one score that is not "not assessed"). */
  dimensions: Dimension[];
  /** The original panel's rounded median per scored dimension. */
  reference: Partial<Record<Dimension, number>>;
}

/**
 * Build anonymised material from a past interview of the organisation: its stage's questions in
 * order, and each submitted scorecard's evidence per dimension with names, emails and phone
 * numbers removed. Who wrote which quote, and what they scored, is not carried over: quotes are
 * ordered by dimension and then by scorecard id, which says nothing about the author.
 */
export async function interviewMaterial(db: Db | Tx, orgId: string, interviewId: string): Promise<InterviewMaterial> {
  const interview = await findInterview(db, orgId, interviewId);
  if (!interview) throw new AppError('not_found', 'no such interview');
  const [candidate, panel, cards, loop] = await concurrently(db, [
    () => findCandidate(db, orgId, interview.candidateId),
    () => interviewersOf(db, [interview.id]),
    () => scorecardsOfInterviews(db, orgId, [interview.id]),
    () => findLoopVersion(db, interview.loopVersionId),
  ]);
  const submitted = cards.filter((c) => c.status === 'submitted').sort((a, b) => a.id.localeCompare(b.id));
  if (submitted.length === 0)
    throw new AppError('unprocessable', 'that interview has no submitted scorecards to calibrate against yet');
  const who: Identities = {
    candidate: { name: candidate?.name ?? interview.candidateName, email: candidate?.email, phone: candidate?.phone },
    interviewers: [...panel.map((p) => p.name), ...submitted.map((c) => c.interviewerName)],
  };
  const stage = loop?.content.stages.find((s) => s.key === interview.stageKey);
  const refs = stage?.questions ?? [];
  const found = await pinnedQuestions(db, orgId, refs);
  const questions = refs.flatMap((q) => {
    const text = found.get(`${q.id}@${q.version}`)?.content.text;
    return text ? [anonymiseText(text, who)] : [];
  });
  const evidence: CalibrationMaterial['evidence'] = [];
  const reference: Partial<Record<Dimension, number>> = {};
  const dimensions: Dimension[] = [];
  for (const dimension of DIMENSIONS) {
    const ratings = submitted.flatMap((c) => c.content.ratings.filter((r) => r.dimension === dimension));
    for (const r of ratings) {
      const text = r.evidence.trim();
      if (text) evidence.push({ dimension, text: anonymiseText(text, who) });
    }
    const median = medianReference(ratings.flatMap((r) => (r.score === null ? [] : [r.score])));
    if (median !== null) {
      reference[dimension] = median;
      dimensions.push(dimension);
    }
  }
  return { material: { questions, evidence }, dimensions, reference };
}
