import { auditOfApplication } from '../../db/repos/audit-repo.js';
import { requireApplication } from '../applications/require-application.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/**
 * The audit trail of an application: submissions, amendments (with before and after), the
 * debrief opening and decisions. Admins only, since amendments carry scores.
 */
export async function applicationAudit(deps: Deps, actor: Actor, applicationId: string) {
  requireRole(actor, ['admin']);
  await requireApplication(deps.db, actor.orgId, applicationId);
  const rows = await auditOfApplication(deps.db, actor.orgId, applicationId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorUserId: r.actorUserId,
      targetType: r.targetType,
      targetId: r.targetId,
      payload: r.payload,
      at: r.at.toISOString(),
    })),
  };
}
