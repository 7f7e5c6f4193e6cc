import { listCalibrationSessions as listRows, ownRowsIn } from '../../db/repos/calibration-repo.js';
import type { TCalibrationSessionSummary } from '../../shared/schemas/calibration.js';
import type { Actor, Deps } from '../context.js';
import { sessionSummary } from './session-view.js';

/** Sessions the caller may see, newest first: admins all of their organisation's, others those they are invited to. */
export async function listCalibrationSessions(
  deps: Deps,
  actor: Actor,
): Promise<{ items: TCalibrationSessionSummary[] }> {
  const rows = await listRows(deps.db, actor.orgId, actor.role === 'admin' ? {} : { participantId: actor.userId });
  const own = await ownRowsIn(
    deps.db,
    actor.userId,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => sessionSummary(r, r, own.get(r.id))) };
}
