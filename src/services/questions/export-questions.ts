import { loadBuiltInBank } from '../../content/load-bank.js';
import { listOwnCurrentQuestions } from '../../db/repos/question-repo.js';
import type { TQuestionDraft } from '../../shared/schemas/question.js';
import type { Deps } from '../context.js';

/** The shipped bank, for export without opening a database. */
export function builtInQuestions(): TQuestionDraft[] {
  return loadBuiltInBank();
}

/** An organisation's own current questions, as stored (drafts included). */
export async function organisationQuestions(deps: Deps, orgId: string): Promise<TQuestionDraft[]> {
  const rows = await listOwnCurrentQuestions(deps.db, orgId);
  return rows.map((r) => r.content as unknown as TQuestionDraft);
}
