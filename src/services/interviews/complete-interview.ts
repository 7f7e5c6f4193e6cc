import { appendAudit } from '../../db/repos/audit-repo.js';
import { completeInterview as markHeld } from '../../db/repos/interview-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Actor, Deps } from '../context.js';
import { requireVisibleInterview } from './access.js';
import { forgetInterviewStates } from './interview-state-cache.js';

/**
 * Mark an interview as held. From then on its stage's questions and their order are locked for
 * this loop version: a later change becomes a new version for new candidates. Anyone who may
 * see the interview (its panel, the hiring team) may say it happened.
 */
export async function completeInterview(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await requireVisibleInterview(deps.db, actor, id);
  if (row.status === 'cancelled') throw new AppError('conflict', 'this interview was cancelled');
  if (row.status === 'completed') return;
  await markHeld(deps.db, actor.orgId, id, deps.now());
  forgetInterviewStates(deps.db, id);
  await appendAudit(deps.db, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'interview.completed',
    targetType: 'interview',
    targetId: id,
  });
}
