import { currentLoop } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TLoop } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { requireRoleRow } from '../roles/editors.js';
import { loopView } from './loop-view.js';

/** The role's current loop. */
export async function getLoop(deps: Deps, actor: Actor, roleId: string): Promise<TLoop> {
  const role = await requireRoleRow(deps.db, actor.orgId, roleId);
  const loop = await currentLoop(deps.db, role.id);
  if (!loop) throw new AppError('not_found', 'this role has no loop yet');
  return loopView(deps.db, role, loop);
}
