import { divergenceReport, FLAG_THRESHOLD } from '../../domain/calibration/divergence.js';
import { AppError } from '../../shared/errors.js';
import type { TCalibrationReport } from '../../shared/schemas/calibration.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import type { Actor, Deps } from '../context.js';
import { isRevealed, requireVisibleSession } from './access.js';
import { dimensionName } from './session-view.js';

/**
 * The divergence report: per participant and dimension, their score against the mean of the
 * other participants and against the reference, with each one's mean absolute divergence and
 * the large gaps in words. Admins who are not scoring see it at any time; a participant only
 * after submitting their own scores.
 */
export async function getCalibrationReport(deps: Deps, actor: Actor, id: string): Promise<TCalibrationReport> {
  const { session, participants, me } = await requireVisibleSession(deps.db, actor, id);
  if (!isRevealed(actor, me))
    throw new AppError(
      'forbidden',
      'submit your own scores first: the report stays hidden until you have scored blind',
    );
  const report = divergenceReport(
    session.dimensions,
    session.referenceScores,
    participants.map((p) => ({ userId: p.userId, scores: p.submittedAt ? p.scores : null })),
    dimensionName,
  );
  const nameOf = new Map(participants.map((p) => [p.userId, p.name]));
  return {
    sessionId: session.id,
    title: session.title,
    status: session.status,
    flagThreshold: FLAG_THRESHOLD,
    dimensions: report.dimensions.map((d) => ({
      id: d.dimension as Dimension,
      name: dimensionName(d.dimension),
      reference: d.reference,
      mean: d.mean,
      count: d.count,
    })),
    participants: report.participants.map((p) => ({
      id: p.userId,
      name: nameOf.get(p.userId) ?? '',
      submitted: p.submitted,
      rows: p.dimensions.map((r) => ({ ...r, dimension: r.dimension as Dimension })),
      meanAbsFromPanel: p.meanAbsFromPanel,
      meanAbsFromReference: p.meanAbsFromReference,
      flags: p.flags,
    })),
  };
}
