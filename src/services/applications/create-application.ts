import type { z } from 'zod';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { findCandidate } from '../../db/repos/candidate-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TCandidate, ZCreateApplication } from '../../shared/schemas/panel.js';
import { applicationSummaries } from '../candidates/candidate-view.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { openApplication } from './open-application.js';
import { requireApplication } from './require-application.js';

/** Apply an existing candidate to a role. */
export async function createApplication(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof ZCreateApplication>,
): Promise<TCandidate['applications'][number]> {
  requireRole(actor, HIRING_EDITORS);
  return deps.db.transaction(async (tx) => {
    if (!(await findCandidate(tx, actor.orgId, input.candidateId)))
      throw new AppError('not_found', 'no such candidate');
    const id = await openApplication(tx, actor, input);
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'application.created',
      targetType: 'application',
      targetId: id,
    });
    const { app } = await requireApplication(tx, actor.orgId, id);
    const [summary] = await applicationSummaries(tx, [app]);
    if (!summary) throw new AppError('not_found', 'no such application');
    return summary;
  });
}
