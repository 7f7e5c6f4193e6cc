import type { Db, Tx } from '../../db/client.js';
import { concurrently } from '../../db/concurrently.js';
import { findMember } from '../../db/repos/org-repo.js';
import { countApplications, currentLoop, type RoleRow } from '../../db/repos/role-repo.js';
import type { TRole } from '../../shared/schemas/panel.js';
import { loopView } from '../loops/loop-view.js';

/** The API view of a role: its published band, hiring manager, loop version and the loop's warnings. */
export async function roleView(db: Db | Tx, role: RoleRow): Promise<TRole> {
  const managerId = role.hiringManagerId;
  const [loop, manager, applications] = await concurrently(db, [
    () => currentLoop(db, role.id),
    async () => (managerId ? findMember(db, role.orgId, managerId) : undefined),
    () => countApplications(db, role.id),
  ]);
  const view = loop ? await loopView(db, role, loop) : undefined;
  return {
    id: role.id,
    title: role.title,
    level: role.level,
    band: { min: role.bandMin, max: role.bandMax, currency: role.currency },
    location: role.location,
    remote: role.remote,
    hiringManager: manager ? { id: manager.id, name: manager.name } : null,
    status: role.status,
    exercise: role.exercise,
    loopVersion: view?.version ?? 0,
    warnings: view?.warnings ?? [],
    applications,
    createdAt: role.createdAt.toISOString(),
  };
}
