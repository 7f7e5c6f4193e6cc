import type { Tx } from '../../db/client.js';
import { insertApplication } from '../../db/repos/application-repo.js';
import { currentLoop } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Actor } from '../context.js';
import { requireRoleRow } from '../roles/editors.js';

/**
 * Start an application on the role's current loop version, at its first stage. The version is
 * fixed for this candidate from here on. One application per candidate and role.
 */
export async function openApplication(
  tx: Tx,
  actor: Actor,
  v: { candidateId: string; roleId: string; accommodations?: string | undefined },
): Promise<string> {
  const role = await requireRoleRow(tx, actor.orgId, v.roleId);
  if (role.status === 'closed') throw new AppError('conflict', 'this role is closed to new candidates');
  const loop = await currentLoop(tx, role.id);
  const first = loop?.content.stages[0];
  if (!loop || !first) throw new AppError('conflict', 'this role has no loop yet');
  try {
    const app = await insertApplication(tx, {
      orgId: actor.orgId,
      candidateId: v.candidateId,
      roleId: role.id,
      loopVersionId: loop.id,
      stageKey: first.key,
      status: 'active',
      accommodations: v.accommodations ?? null,
    });
    return app.id;
  } catch (e) {
    if (String((e as { cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code) === '23505') {
      throw new AppError('conflict', 'this candidate already has an application for this role');
    }
    throw e;
  }
}
