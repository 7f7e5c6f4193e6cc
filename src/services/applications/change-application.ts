import type { z } from 'zod';
import { updateApplication } from '../../db/repos/application-repo.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TCandidate, ZMoveApplication, ZUpdateApplication } from '../../shared/schemas/panel.js';
import { applicationSummaries } from '../candidates/candidate-view.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { requireApplication, requireStage } from './require-application.js';

type Summary = TCandidate['applications'][number];

async function summaryOf(deps: Deps, actor: Actor, id: string): Promise<Summary> {
  const { app } = await requireApplication(deps.db, actor.orgId, id);
  const [summary] = await applicationSummaries(deps.db, [app]);
  if (!summary) throw new AppError('not_found', 'no such application');
  return summary;
}

/**
 * Move an active application to a stage of its loop. Outcomes (hire, reject) are decisions a
 * person records with a reason, not moves, so they are not possible here.
 */
export async function moveApplication(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof ZMoveApplication>,
): Promise<Summary> {
  requireRole(actor, HIRING_EDITORS);
  const { app, loop } = await requireApplication(deps.db, actor.orgId, id);
  if (app.status !== 'active') throw new AppError('conflict', `this application is ${app.status}`);
  requireStage(loop, input.stage, 'body.stage');
  // The move and its audit entry land together or not at all.
  await deps.db.transaction(async (tx) => {
    await updateApplication(tx, actor.orgId, id, { stageKey: input.stage, updatedAt: deps.now() });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'application.moved',
      targetType: 'application',
      targetId: id,
      payload: { from: app.stageKey, to: input.stage },
    });
  });
  return summaryOf(deps, actor, id);
}

/** Record accommodations, or a candidate's withdrawal. */
export async function updateApplicationDetails(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof ZUpdateApplication>,
): Promise<Summary> {
  requireRole(actor, HIRING_EDITORS);
  await requireApplication(deps.db, actor.orgId, id);
  // Accommodations show in the interview kits.
  await changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      await updateApplication(tx, actor.orgId, id, {
        ...(input.accommodations !== undefined && { accommodations: input.accommodations }),
        ...(input.status !== undefined && { status: input.status }),
        updatedAt: deps.now(),
      });
      await appendAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'application.updated',
        targetType: 'application',
        targetId: id,
        payload: { fields: Object.keys(input) },
      });
    }),
  );
  return summaryOf(deps, actor, id);
}
