import { z } from 'zod';
import { currentLoop, updateRole } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';
import { EXERCISES, type TLoop } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { HIRING_EDITORS, requireRoleRow } from '../roles/editors.js';
import { composeForRole } from './compose-for-role.js';
import { loopView } from './loop-view.js';
import { saveLoop } from './save-loop.js';

/** Options for recomposing a role's loop; they are kept on the role for next time. */
export const ZRecompose = z.object({
  minutes: z.number().int().min(60).max(600).optional(),
  exercise: z.enum(EXERCISES).optional(),
  takeHomeFeeUsd: z.number().int().min(150).max(300).optional(),
});
export type TRecompose = z.infer<typeof ZRecompose>;

/** Compose the role's loop again (new budget or exercise); locked stages make it a new version. */
export async function recomposeLoop(deps: Deps, actor: Actor, roleId: string, input: TRecompose): Promise<TLoop> {
  requireRole(actor, HIRING_EDITORS);
  return changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      await requireRoleRow(tx, actor.orgId, roleId);
      const role = await updateRole(tx, actor.orgId, roleId, {
        ...(input.minutes !== undefined && { budgetMinutes: input.minutes }),
        ...(input.exercise !== undefined && { exercise: input.exercise }),
        ...(input.takeHomeFeeUsd !== undefined && { takeHomeFeeUsd: input.takeHomeFeeUsd }),
      });
      const current = await currentLoop(tx, roleId);
      if (!role || !current) throw new AppError('not_found', 'no such role');
      await saveLoop(tx, actor, current, await composeForRole(tx, role), 'loop.recomposed');
      const latest = await currentLoop(tx, roleId);
      if (!latest) throw new AppError('not_found', 'no such role');
      return loopView(tx, role, latest);
    }),
  );
}
