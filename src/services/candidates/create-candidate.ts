import { applicationsOfCandidate } from '../../db/repos/application-repo.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertCandidate } from '../../db/repos/candidate-repo.js';
import type { TCandidate, TCreateCandidate } from '../../shared/schemas/panel.js';
import { openApplication } from '../applications/open-application.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { candidateView } from './candidate-view.js';

/** Add a candidate, optionally applying them to a role at once. */
export async function createCandidate(deps: Deps, actor: Actor, input: TCreateCandidate): Promise<TCandidate> {
  requireRole(actor, HIRING_EDITORS);
  return deps.db.transaction(async (tx) => {
    const c = await insertCandidate(tx, {
      orgId: actor.orgId,
      name: input.name,
      email: input.email.toLowerCase(),
      phone: input.phone ?? null,
    });
    if (input.roleId)
      await openApplication(tx, actor, {
        candidateId: c.id,
        roleId: input.roleId,
        accommodations: input.accommodations,
      });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'candidate.created',
      targetType: 'candidate',
      targetId: c.id,
    });
    return candidateView(tx, c, await applicationsOfCandidate(tx, actor.orgId, c.id));
  });
}
