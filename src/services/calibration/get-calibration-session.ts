import type { TCalibrationSession } from '../../shared/schemas/calibration.js';
import type { Actor, Deps } from '../context.js';
import { requireVisibleSession } from './access.js';
import { sessionView } from './session-view.js';

/** One session with its material; the reference and the others' scores only once the caller may see them. */
export async function getCalibrationSession(deps: Deps, actor: Actor, id: string): Promise<TCalibrationSession> {
  const { session, participants } = await requireVisibleSession(deps.db, actor, id);
  return sessionView(actor, session, participants);
}
