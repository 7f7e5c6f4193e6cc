import type { Db, Tx } from '../../db/client.js';
import { findInterview, type InterviewView, interviewersOf } from '../../db/repos/interview-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Actor } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';

/**
 * An interview the caller may see: the hiring team sees every interview of the organisation;
 * an interviewer only those they sit on (others are not found, so ids cannot be probed).
 */
export async function requireVisibleInterview(db: Db | Tx, actor: Actor, id: string): Promise<InterviewView> {
  const row = await findInterview(db, actor.orgId, id);
  if (!row) throw new AppError('not_found', 'no such interview');
  if ((HIRING_EDITORS as readonly string[]).includes(actor.role)) return row;
  const panel = await interviewersOf(db, [id]);
  if (!panel.some((p) => p.id === actor.userId)) throw new AppError('not_found', 'no such interview');
  return row;
}
