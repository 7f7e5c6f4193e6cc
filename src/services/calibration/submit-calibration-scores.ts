import { participantsOf, recordCalibrationScores } from '../../db/repos/calibration-repo.js';
import { AppError, type ErrorDetail } from '../../shared/errors.js';
import type { TCalibrationSession, TSubmitCalibrationScores } from '../../shared/schemas/calibration.js';
import type { Actor, Deps } from '../context.js';
import { requireVisibleSession } from './access.js';
import { sessionView } from './session-view.js';

/**
 * Submit the caller's blind scores: an invited participant, while the session is open, once,
 * with a score for every dimension of the session and none other. The answer reveals the
 * reference and the others' scores.
 */
export async function submitCalibrationScores(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TSubmitCalibrationScores,
): Promise<TCalibrationSession> {
  const { session, me } = await requireVisibleSession(deps.db, actor, id);
  if (!me) throw new AppError('forbidden', 'only the invited panellists score a calibration session');
  if (session.status !== 'open') throw new AppError('conflict', 'this calibration session is closed');
  if (me.submittedAt) throw new AppError('conflict', 'you have already submitted your scores for this session');
  const given = input.scores as Record<string, number | undefined>;
  const details: ErrorDetail[] = [
    ...session.dimensions
      .filter((d) => given[d] === undefined)
      .map((d) => ({ path: `scores.${d}`, message: 'score every dimension of the session (1 to 5)' })),
    ...Object.keys(given)
      .filter((d) => !session.dimensions.includes(d))
      .map((d) => ({ path: `scores.${d}`, message: 'is not scored in this session' })),
  ];
  if (details.length) {
    throw new AppError('validation_failed', `scores: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`, {
      details,
    });
  }
  const scores = Object.fromEntries(session.dimensions.map((d) => [d, given[d] ?? 0]));
  const recorded = await recordCalibrationScores(deps.db, {
    sessionId: session.id,
    userId: actor.userId,
    scores,
    at: deps.now(),
  });
  if (!recorded) throw new AppError('conflict', 'you have already submitted your scores for this session');
  return sessionView(actor, session, await participantsOf(deps.db, session.id));
}
