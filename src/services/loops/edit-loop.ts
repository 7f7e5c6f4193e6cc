import { currentLoop, findRole } from '../../db/repos/role-repo.js';
import type { StoredLoop } from '../../db/schema-panel.js';
import { AppError } from '../../shared/errors.js';
import type { TEditLoop, TLoop } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { HIRING_EDITORS, requireMembers, requireRoleRow } from '../roles/editors.js';
import { loopView } from './loop-view.js';
import { composerBank } from './question-lookup.js';
import { saveLoop } from './save-loop.js';

const invalid = (path: string, message: string) =>
  new AppError('validation_failed', `${path}: ${message}`, { details: [{ path, message }] });

/**
 * Edit the current loop: reorder or swap questions, change durations, assign interviewers.
 * Every stage must be named, in order. A question kept from the loop keeps its pinned version;
 * a new one is pinned at its current version. Questions must fit the level and may appear once.
 */
export async function editLoop(deps: Deps, actor: Actor, roleId: string, input: TEditLoop): Promise<TLoop> {
  requireRole(actor, HIRING_EDITORS);
  return changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      const role = await requireRoleRow(tx, actor.orgId, roleId);
      const current = await currentLoop(tx, role.id);
      if (!current) throw new AppError('not_found', 'this role has no loop yet');
      const keys = current.content.stages.map((s) => s.key);
      if (input.stages.map((s) => s.key).join('|') !== keys.join('|')) {
        throw invalid('body.stages', `must list every stage in order: ${keys.join(', ')}`);
      }
      const bank = new Map((await composerBank(tx, actor.orgId)).map((p) => [p.slug, p]));
      const pinned = new Map(current.content.stages.flatMap((s) => s.questions.map((q) => [q.id, q])));
      const seen = new Set<string>();
      const stages: StoredLoop['stages'] = [];
      for (const [i, edit] of input.stages.entries()) {
        const before = current.content.stages[i];
        if (!before) throw invalid('body.stages', 'does not match the loop');
        await requireMembers(tx, actor.orgId, edit.interviewerIds, `body.stages.${i}.interviewerIds`);
        const questions = edit.questionIds.map((id, j) => {
          const path = `body.stages.${i}.questionIds.${j}`;
          if (seen.has(id)) throw invalid(path, `${id} is already in the loop; a question is asked once`);
          seen.add(id);
          const kept = pinned.get(id);
          if (kept) return kept;
          const fresh = bank.get(id);
          if (!fresh) throw invalid(path, `no current question ${id} in your bank`);
          if (!fresh.content.levels.includes(role.level))
            throw invalid(path, `${id} is not written for a ${role.level} loop`);
          return {
            id,
            version: fresh.version,
            why: `Chosen by the hiring team (${fresh.content.category}, scores ${fresh.content.dimensions.join(', ')}).`,
            dimension: fresh.content.dimensions[0] ?? null,
          };
        });
        stages.push({ ...before, minutes: edit.minutes, interviewerIds: edit.interviewerIds, questions });
      }
      await saveLoop(tx, actor, current, { ...current.content, stages }, 'loop.edited');
      const fresh = (await findRole(tx, actor.orgId, role.id)) ?? role;
      const latest = await currentLoop(tx, role.id);
      if (!latest) throw new AppError('not_found', 'this role has no loop yet');
      return loopView(tx, fresh, latest);
    }),
  );
}
