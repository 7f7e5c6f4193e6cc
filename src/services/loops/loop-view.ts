import type { Db, Tx } from '../../db/client.js';
import { concurrently } from '../../db/concurrently.js';
import { heldStages } from '../../db/repos/interview-repo.js';
import type { LoopVersionRow, RoleRow } from '../../db/repos/role-repo.js';
import { evaluateLoop } from '../../domain/loops/evaluate-loop.js';
import type { TQuestionLike } from '../../domain/loops/types.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import type { TLoop } from '../../shared/schemas/panel.js';
import { type PinnedQuestion, pinnedQuestions } from './question-lookup.js';

/** A pinned question as the composer and evaluator see it. */
export function asLike(p: PinnedQuestion): TQuestionLike {
  return { ...p.content, id: p.slug };
}

/** The band of a role, in the shape the band check reads. */
export function bandOf(role: RoleRow) {
  return { min: role.bandMin, max: role.bandMax, currency: role.currency };
}

/**
 * The API view of a loop version: questions resolved to the versions it pinned, warnings
 * re-evaluated for the loop as it stands, and which stages are locked because a candidate
 * has been interviewed there.
 */
export async function loopView(db: Db | Tx, role: RoleRow, loop: LoopVersionRow): Promise<TLoop> {
  const refs = loop.content.stages.flatMap((s) => s.questions);
  const [found, held] = await concurrently(db, [
    () => pinnedQuestions(db, role.orgId, refs),
    () => heldStages(db, loop.id),
  ]);
  const resolve = (q: { id: string; version: number }) => {
    const p = found.get(`${q.id}@${q.version}`);
    if (!p) throw new Error(`loop ${loop.id} pins a question version that does not exist: ${q.id}@${q.version}`);
    return p;
  };
  const evaluation = evaluateLoop(
    role.level,
    bandOf(role),
    loop.content.stages.map((s) => ({
      key: s.key,
      name: s.name,
      kind: s.kind,
      minutes: s.minutes,
      questions: s.questions.map((q) => asLike(resolve(q))),
    })),
    loadRubric(),
  );
  return {
    roleId: role.id,
    version: loop.version,
    level: role.level,
    exercise: role.exercise,
    budgetMinutes: loop.content.budgetMinutes,
    totalMinutes: evaluation.totalMinutes,
    kit: evaluation.kit,
    warnings: evaluation.warnings,
    stages: loop.content.stages.map((s) => ({
      key: s.key,
      name: s.name,
      kind: s.kind,
      minutes: s.minutes,
      dimensions: evaluation.dimensions[s.key] ?? [],
      interviewerIds: s.interviewerIds,
      locked: held.has(s.key),
      ...(s.paid && { paid: s.paid }),
      ...(s.notes && { notes: s.notes }),
      questions: s.questions.map((q) => {
        const p = resolve(q).content;
        return {
          id: q.id,
          version: q.version,
          text: p.text,
          category: p.category,
          minutes: p.minutes,
          dimension: (q.dimension as TLoop['stages'][number]['questions'][number]['dimension']) ?? null,
          why: q.why,
        };
      }),
    })),
  };
}
