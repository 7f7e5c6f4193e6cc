import { currentLoop } from '../../db/repos/role-repo.js';
import { suggestSwaps } from '../../domain/loops/suggest-swaps.js';
import { AppError } from '../../shared/errors.js';
import { DIMENSIONS, type Dimension } from '../../shared/schemas/vocabulary.js';
import type { Actor, Deps } from '../context.js';
import { requireRoleRow } from '../roles/editors.js';
import { asLike } from './loop-view.js';
import { composerBank, pinnedQuestions } from './question-lookup.js';

/** Suggested replacements for one question of the loop: same dimension, fits the level, not yet used. */
export async function suggestLoopSwaps(deps: Deps, actor: Actor, roleId: string, stageKey: string, questionId: string) {
  const role = await requireRoleRow(deps.db, actor.orgId, roleId);
  const loop = await currentLoop(deps.db, role.id);
  const stage = loop?.content.stages.find((s) => s.key === stageKey);
  const ref = stage?.questions.find((q) => q.id === questionId);
  if (!loop || !stage || !ref)
    throw new AppError('not_found', `question ${questionId} is not in stage ${stageKey} of this loop`);
  const target = (await pinnedQuestions(deps.db, actor.orgId, [ref])).get(`${ref.id}@${ref.version}`);
  if (!target) throw new AppError('not_found', `question ${questionId} is no longer in the bank`);
  const dimension = (DIMENSIONS as readonly string[]).includes(ref.dimension ?? '')
    ? (ref.dimension as Dimension)
    : target.content.dimensions[0];
  if (!dimension) return { items: [] };
  const inLoop = new Set(loop.content.stages.flatMap((s) => s.questions.map((q) => q.id)));
  const pinnedBank = await composerBank(deps.db, actor.orgId);
  const bank = pinnedBank.map(asLike);
  const texts = new Map(pinnedBank.map((p) => [p.slug, p.content.text]));
  return {
    items: suggestSwaps(asLike(target), dimension, bank, inLoop, role.level).map((s) => ({
      id: s.question.id,
      text: texts.get(s.question.id) ?? '',
      category: s.question.category,
      minutes: s.question.minutes,
      dimensions: [...s.question.dimensions],
      reason: s.reason,
    })),
  };
}
