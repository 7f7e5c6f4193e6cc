import { appendAudit } from '../../db/repos/audit-repo.js';
import { deactivateEndpoint } from '../../db/repos/webhook-repo.js';
import { AppError } from '../../shared/errors.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/**
 * An admin removes an endpoint: it is deactivated (its delivery log stays readable), gets no new
 * events, and its pending deliveries are given up. Another organisation's id is not found.
 */
export async function removeEndpoint(deps: Deps, actor: Actor, endpointId: string): Promise<void> {
  requireRole(actor, ['admin']);
  await deps.db.transaction(async (tx) => {
    const done = await deactivateEndpoint(tx, { orgId: actor.orgId, id: endpointId, at: deps.now() });
    if (!done) throw new AppError('not_found', 'no such active webhook endpoint');
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'webhook.removed',
      targetType: 'webhook_endpoint',
      targetId: endpointId,
    });
  });
}
