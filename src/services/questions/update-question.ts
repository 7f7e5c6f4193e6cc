import { appendAudit } from '../../db/repos/audit-repo.js';
import { findCurrentQuestion, findOwnCurrentQuestion, insertQuestionVersion } from '../../db/repos/question-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TQuestionDetail, TQuestionInput } from '../../shared/schemas/question.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { QUESTION_EDITORS } from './create-question.js';
import { assertLintClean, normaliseDraft, questionRow } from './prepare-question.js';
import { changingOrgBank } from './question-list-cache.js';
import { questionDetail } from './question-view.js';

/**
 * Edit one of the organisation's questions: the edit is a new version and becomes current;
 * earlier versions stay, so scorecards keep pointing at the wording they used.
 */
export async function updateQuestion(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TQuestionInput,
): Promise<TQuestionDetail> {
  requireRole(actor, QUESTION_EDITORS);
  const parsed = input;
  if (parsed.id !== undefined && parsed.id !== id) {
    throw new AppError('validation_failed', 'a question id cannot change', {
      details: [{ path: 'body.id', message: `must be ${id} or absent` }],
    });
  }
  const question = normaliseDraft({ ...parsed, id });
  assertLintClean(question);
  return changingOrgBank(deps.db, actor.orgId, () =>
    deps.db.transaction(async (tx) => {
      const current = await findOwnCurrentQuestion(tx, actor.orgId, id);
      if (!current) {
        const builtIn = await findCurrentQuestion(tx, null, id);
        if (builtIn)
          throw new AppError('forbidden', 'built-in questions are read-only; create your own version under a new id');
        throw new AppError('not_found', `no question with id ${id}`);
      }
      if (current.retiredAt) throw new AppError('conflict', `question ${id} is retired`);
      const version = current.version + 1;
      const row = await insertQuestionVersion(
        tx,
        questionRow(question, { orgId: actor.orgId, version, createdBy: actor.userId }),
        current.uid,
      );
      await appendAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'question.edited',
        targetType: 'question',
        targetId: id,
        payload: { version },
      });
      return questionDetail(row);
    }),
  );
}
