import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertQuestionVersion, slugTaken } from '../../db/repos/question-repo.js';
import { lintQuestions } from '../../domain/bank/lint.js';
import type { TQuestionDraft } from '../../shared/schemas/question.js';
import type { Deps } from '../context.js';
import { normaliseDraft, questionRow } from './prepare-question.js';
import { changingOrgBank } from './question-list-cache.js';

/** Why one question of an import was refused. */
export interface ImportRefusal {
  questionId: string;
  reason: string;
}

/** What an import did, or (dry run / refused) would have done. */
export interface ImportReport {
  imported: string[];
  refused: ImportRefusal[];
  warnings: { questionId: string; rule: string; message: string }[];
  dryRun: boolean;
}

/**
 * Import questions into an organisation's bank, all or nothing: if any question is refused (a
 * lint error such as a protected-characteristic question, or an id already in use) nothing is
 * written, so a file is never half imported. Drafts without signals are accepted and marked.
 */
export async function importQuestions(
  deps: Deps,
  target: { orgId: string; actorUserId: string | null },
  drafts: TQuestionDraft[],
  opts: { dryRun: boolean },
): Promise<ImportReport> {
  const questions = drafts.map(normaliseDraft);
  const issues = lintQuestions(questions);
  const refused: ImportRefusal[] = issues
    .filter((i) => i.severity === 'error')
    .map((i) => ({ questionId: i.questionId, reason: `${i.rule}: ${i.message}` }));
  const warnings = issues
    .filter((i) => i.severity === 'warning')
    .map(({ questionId, rule, message }) => ({ questionId, rule, message }));
  return changingOrgBank(deps.db, target.orgId, () =>
    deps.db.transaction(async (tx) => {
      for (const q of questions) {
        if (await slugTaken(tx, target.orgId, q.id))
          refused.push({ questionId: q.id, reason: 'id already used by the built-in bank or this organisation' });
      }
      const ids = questions.map((q) => q.id);
      if (refused.length > 0 || opts.dryRun)
        return { imported: refused.length ? [] : ids, refused, warnings, dryRun: opts.dryRun };
      for (const q of questions) {
        await insertQuestionVersion(
          tx,
          questionRow(q, { orgId: target.orgId, version: 1, createdBy: target.actorUserId }),
        );
      }
      await appendAudit(tx, {
        orgId: target.orgId,
        actorUserId: target.actorUserId,
        action: 'questions.imported',
        payload: { count: ids.length, ids },
      });
      return { imported: ids, refused, warnings, dryRun: false };
    }),
  );
}
