import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertLoopVersion, insertRole } from '../../db/repos/role-repo.js';
import type { TCreateRole, TRole } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { composeForRole } from '../loops/compose-for-role.js';
import { HIRING_EDITORS, requireMembers } from './editors.js';
import { roleView } from './role-view.js';

/** Open a role (requisition) and compose its first loop, calibrated to the level and band. */
export async function createRole(deps: Deps, actor: Actor, input: TCreateRole): Promise<TRole> {
  requireRole(actor, HIRING_EDITORS);
  return deps.db.transaction(async (tx) => {
    if (input.hiringManagerId)
      await requireMembers(tx, actor.orgId, [input.hiringManagerId], 'body.hiringManagerId', [
        'hiring_manager',
        'admin',
      ]);
    const role = await insertRole(tx, {
      orgId: actor.orgId,
      title: input.title,
      level: input.level,
      bandMin: input.band.min,
      bandMax: input.band.max,
      currency: input.band.currency,
      location: input.location,
      remote: input.remote,
      hiringManagerId: input.hiringManagerId ?? null,
      status: input.status,
      exercise: input.exercise,
      budgetMinutes: input.minutes ?? null,
      takeHomeFeeUsd: input.takeHomeFeeUsd ?? null,
    });
    const content = await composeForRole(tx, role);
    await insertLoopVersion(tx, { orgId: actor.orgId, roleId: role.id, version: 1, content, createdBy: actor.userId });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'role.created',
      targetType: 'role',
      targetId: role.id,
      payload: { level: role.level },
    });
    return roleView(tx, role);
  });
}
