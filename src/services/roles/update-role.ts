import { appendAudit } from '../../db/repos/audit-repo.js';
import { updateRole as updateRoleRow } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TRole, TUpdateRole } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { HIRING_EDITORS, requireMembers, requireRoleRow } from './editors.js';
import { roleView } from './role-view.js';

/** Edit a role's title, band, location, hiring manager or status; the loop's warnings follow the band. */
export async function updateRole(deps: Deps, actor: Actor, roleId: string, input: TUpdateRole): Promise<TRole> {
  requireRole(actor, HIRING_EDITORS);
  return changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      await requireRoleRow(tx, actor.orgId, roleId);
      if (input.hiringManagerId)
        await requireMembers(tx, actor.orgId, [input.hiringManagerId], 'body.hiringManagerId', [
          'hiring_manager',
          'admin',
        ]);
      const row = await updateRoleRow(tx, actor.orgId, roleId, {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.band !== undefined && {
          bandMin: input.band.min,
          bandMax: input.band.max,
          currency: input.band.currency,
        }),
        ...(input.location !== undefined && { location: input.location }),
        ...(input.remote !== undefined && { remote: input.remote }),
        ...(input.hiringManagerId !== undefined && { hiringManagerId: input.hiringManagerId }),
        ...(input.status !== undefined && { status: input.status }),
      });
      if (!row) throw new AppError('not_found', 'no such role');
      await appendAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'role.updated',
        targetType: 'role',
        targetId: roleId,
        payload: { fields: Object.keys(input) },
      });
      return roleView(tx, row);
    }),
  );
}
