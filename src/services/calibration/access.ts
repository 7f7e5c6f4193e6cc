import type { Db, Tx } from '../../db/client.js';
import {
  type CalibrationParticipantRow,
  type CalibrationSessionRow,
  findCalibrationSession,
  participantsOf,
} from '../../db/repos/calibration-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Actor } from '../context.js';

/** A session with its panellists and the caller's own place in it. */
export interface VisibleSession {
  session: CalibrationSessionRow;
  participants: CalibrationParticipantRow[];
  /** The caller's row when they are invited. */
  me: CalibrationParticipantRow | undefined;
}

/**
 * A session the caller may see: admins see every session of their organisation, anyone else
 * only those they are invited to. Others get a 404, so session ids cannot be probed.
 */
export async function requireVisibleSession(db: Db | Tx, actor: Actor, id: string): Promise<VisibleSession> {
  const session = await findCalibrationSession(db, actor.orgId, id);
  if (!session) throw new AppError('not_found', 'no such calibration session');
  const participants = await participantsOf(db, session.id);
  const me = participants.find((p) => p.userId === actor.userId);
  if (!me && actor.role !== 'admin') throw new AppError('not_found', 'no such calibration session');
  return { session, participants, me };
}

/**
 * Whether the caller may see the reference and everyone's scores: once they have submitted
 * their own, or at any time as an admin who is not scoring this session.
 */
export function isRevealed(actor: Actor, me: CalibrationParticipantRow | undefined): boolean {
  return me ? me.submittedAt !== null : actor.role === 'admin';
}
