import { findCurrentQuestion } from '../../db/repos/question-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TQuestionDetail } from '../../shared/schemas/question.js';
import type { Actor, Deps } from '../context.js';
import { questionDetail } from './question-view.js';

/** One question by id: built-in, or the caller's organisation's own. */
export async function getQuestion(deps: Deps, actor: Actor | undefined, id: string): Promise<TQuestionDetail> {
  const row = await findCurrentQuestion(deps.db, actor?.orgId ?? null, id);
  if (!row) throw new AppError('not_found', `no question with id ${id}`);
  return questionDetail(row);
}
