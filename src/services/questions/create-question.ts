import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertQuestionVersion, slugTaken } from '../../db/repos/question-repo.js';
import { slugify, uniqueSlug } from '../../domain/bank/slug.js';
import { AppError } from '../../shared/errors.js';
import { RESERVED_QUESTION_IDS, type TQuestionDetail, type TQuestionInput } from '../../shared/schemas/question.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { assertLintClean, normaliseDraft, questionRow } from './prepare-question.js';
import { changingOrgBank } from './question-list-cache.js';
import { questionDetail } from './question-view.js';

/** Roles that may write the organisation's own questions. */
export const QUESTION_EDITORS = ['admin', 'hiring_manager', 'recruiter'] as const;

/**
 * Add a question to the organisation's bank. The id defaults to a slug of the text; an id
 * already used by the built-in bank or the organisation is a 409 (ids are stable references).
 */
export async function createQuestion(deps: Deps, actor: Actor, input: TQuestionInput): Promise<TQuestionDetail> {
  requireRole(actor, QUESTION_EDITORS);
  const parsed = input;
  // uniqueSlug falls back to a valid id when the text has no Latin letters or digits.
  const question = normaliseDraft({
    ...parsed,
    id: parsed.id ?? uniqueSlug(slugify(parsed.text), new Set(RESERVED_QUESTION_IDS)),
  });
  assertLintClean(question);
  return changingOrgBank(deps.db, actor.orgId, () =>
    deps.db.transaction(async (tx) => {
      if (await slugTaken(tx, actor.orgId, question.id)) {
        throw new AppError('conflict', `a question with id ${question.id} already exists; choose another id`);
      }
      const row = await insertQuestionVersion(
        tx,
        questionRow(question, { orgId: actor.orgId, version: 1, createdBy: actor.userId }),
      );
      await appendAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'question.created',
        targetType: 'question',
        targetId: question.id,
        payload: { version: 1 },
      });
      return questionDetail(row);
    }),
  );
}
