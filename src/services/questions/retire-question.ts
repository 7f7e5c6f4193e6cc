import { appendAudit } from '../../db/repos/audit-repo.js';
import {
  findCurrentQuestion,
  findOwnCurrentQuestion,
  retireQuestion as retireRow,
} from '../../db/repos/question-repo.js';
import { AppError } from '../../shared/errors.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { QUESTION_EDITORS } from './create-question.js';
import { changingOrgBank } from './question-list-cache.js';

/** Retire one of the organisation's questions: no longer offered, never deleted (scorecards refer to it). */
export async function retireQuestion(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, QUESTION_EDITORS);
  await changingOrgBank(deps.db, actor.orgId, () =>
    deps.db.transaction(async (tx) => {
      const current = await findOwnCurrentQuestion(tx, actor.orgId, id);
      if (!current) {
        if (await findCurrentQuestion(tx, null, id))
          throw new AppError('forbidden', 'built-in questions cannot be retired');
        throw new AppError('not_found', `no question with id ${id}`);
      }
      if (current.retiredAt) return;
      await retireRow(tx, current.uid, deps.now());
      await appendAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'question.retired',
        targetType: 'question',
        targetId: id,
      });
    }),
  );
}
