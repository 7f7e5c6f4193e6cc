import type { TRole } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { requireRoleRow } from './editors.js';
import { roleView } from './role-view.js';

/** One role of the caller's organisation. */
export async function getRole(deps: Deps, actor: Actor, roleId: string): Promise<TRole> {
  return roleView(deps.db, await requireRoleRow(deps.db, actor.orgId, roleId));
}
