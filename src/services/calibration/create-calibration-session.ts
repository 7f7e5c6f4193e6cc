import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertCalibrationSession, membersAmong, participantsOf } from '../../db/repos/calibration-repo.js';
import type { CalibrationMaterial } from '../../db/schema-analytics.js';
import { AppError } from '../../shared/errors.js';
import type { TCalibrationSession, TCreateCalibrationSession } from '../../shared/schemas/calibration.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { interviewMaterial } from './interview-material.js';
import { sessionView } from './session-view.js';

interface Prepared {
  sourceInterviewId: string | null;
  material: CalibrationMaterial;
  dimensions: Dimension[];
  reference: Record<string, number>;
}

/** From a past interview: its anonymised material; the reference is the panel's median unless given. */
async function fromInterview(
  deps: Deps,
  actor: Actor,
  input: TCreateCalibrationSession,
  id: string,
): Promise<Prepared> {
  const built = await interviewMaterial(deps.db, actor.orgId, id);
  const dimensions = input.dimensions ?? built.dimensions;
  const unscored = dimensions.filter((d) => !built.dimensions.includes(d));
  if (unscored.length)
    throw new AppError('unprocessable', `the original panel did not score: ${unscored.join(', ')}`, {
      details: [{ path: 'dimensions', message: `not scored in that interview: ${unscored.join(', ')}` }],
    });
  const reference: Record<string, number> = {};
  for (const d of dimensions) reference[d] = input.referenceScores?.[d] ?? built.reference[d] ?? 3;
  return { sourceInterviewId: id, material: built.material, dimensions, reference };
}

/** From a written answer: everything was given (the schema checked it is complete). */
function fromWritten(input: TCreateCalibrationSession): Prepared {
  const dimensions = input.dimensions ?? [];
  const reference: Record<string, number> = {};
  for (const d of dimensions) reference[d] = input.referenceScores?.[d] ?? 3;
  return {
    sourceInterviewId: null,
    material: { questions: input.questions ?? [], evidence: [], referenceAnswer: input.referenceAnswer ?? '' },
    dimensions,
    reference,
  };
}

/**
 * Create a calibration session (admins). The material comes from a past interview of the
 * organisation, anonymised, or from a written reference answer. Every participant must be a
 * member of the organisation; the interview's own panellists may be invited to score it blind again.
 */
export async function createCalibrationSession(
  deps: Deps,
  actor: Actor,
  input: TCreateCalibrationSession,
): Promise<TCalibrationSession> {
  requireRole(actor, ['admin']);
  const prepared = input.sourceInterviewId
    ? await fromInterview(deps, actor, input, input.sourceInterviewId)
    : fromWritten(input);
  const members = await membersAmong(deps.db, actor.orgId, input.participantIds);
  const strangers = input.participantIds.flatMap((id, i) => (members.has(id) ? [] : [{ id, i }]));
  if (strangers.length)
    throw new AppError('unprocessable', 'every participant must be a member of your organisation', {
      details: strangers.map((s) => ({
        path: `participantIds.${s.i}`,
        message: 'is not a member of your organisation',
      })),
    });
  return deps.db.transaction(async (tx) => {
    const session = await insertCalibrationSession(
      tx,
      {
        orgId: actor.orgId,
        title: input.title,
        sourceInterviewId: prepared.sourceInterviewId,
        dimensions: prepared.dimensions,
        material: prepared.material,
        referenceScores: prepared.reference,
        createdBy: actor.userId,
        at: deps.now(),
      },
      input.participantIds,
    );
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'calibration.created',
      targetType: 'calibration_session',
      targetId: session.id,
      payload: {
        participants: input.participantIds.length,
        source: prepared.sourceInterviewId ? 'interview' : 'written',
      },
    });
    return sessionView(actor, session, await participantsOf(tx, session.id));
  });
}
