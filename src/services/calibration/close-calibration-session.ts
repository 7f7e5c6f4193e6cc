import { appendAudit } from '../../db/repos/audit-repo.js';
import {
  closeCalibrationSession as closeRow,
  findCalibrationSession,
  participantsOf,
} from '../../db/repos/calibration-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TCalibrationSession } from '../../shared/schemas/calibration.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { requireVisibleSession } from './access.js';
import { sessionView } from './session-view.js';

/** Close a session (admins): no more scores are taken; the report stays. Closing twice is a conflict. */
export async function closeCalibrationSession(deps: Deps, actor: Actor, id: string): Promise<TCalibrationSession> {
  await requireVisibleSession(deps.db, actor, id);
  requireRole(actor, ['admin']);
  return deps.db.transaction(async (tx) => {
    if (!(await closeRow(tx, actor.orgId, id, deps.now())))
      throw new AppError('conflict', 'this calibration session is already closed');
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'calibration.closed',
      targetType: 'calibration_session',
      targetId: id,
    });
    const session = await findCalibrationSession(tx, actor.orgId, id);
    if (!session) throw new AppError('not_found', 'no such calibration session');
    return sessionView(actor, session, await participantsOf(tx, id));
  });
}
