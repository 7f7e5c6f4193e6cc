import type { z } from 'zod';
import { updateApplication } from '../../db/repos/application-repo.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { interviewsOfApplication } from '../../db/repos/interview-repo.js';
import { enqueueEvent } from '../../db/repos/outbox-repo.js';
import { decisionsOf, insertDecision, openDebrief, scorecardsOfInterviews } from '../../db/repos/scorecard-repo.js';
import { DECIDERS } from '../../domain/scorecards/visibility.js';
import { AppError } from '../../shared/errors.js';
import type { ZCreateDecision, ZDecision } from '../../shared/schemas/scorecards.js';
import { requireApplication } from '../applications/require-application.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { decisionView } from './decision-view.js';

/**
 * Open the debrief: from now on the deciders see every submitted scorecard. Only people who own
 * the hire (DECIDERS) open debriefs and decide; software never does, and there is no automatic path.
 */
export async function openApplicationDebrief(deps: Deps, actor: Actor, applicationId: string): Promise<void> {
  requireRole(actor, DECIDERS);
  await requireApplication(deps.db, actor.orgId, applicationId);
  await openDebrief(deps.db, { applicationId, orgId: actor.orgId, by: actor.userId, at: deps.now() });
  await appendAudit(deps.db, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'debrief.opened',
    targetType: 'application',
    targetId: applicationId,
    payload: { applicationId },
  });
}

/**
 * Record a human decision with its written reason, any dissent, and the scorecards it rests on.
 * Advance moves the application to the next stage; hire and reject close it. Audited, and a
 * decision.made event goes to the outbox in the same transaction.
 */
export async function decide(
  deps: Deps,
  actor: Actor,
  applicationId: string,
  input: z.infer<typeof ZCreateDecision>,
): Promise<z.infer<typeof ZDecision>> {
  requireRole(actor, DECIDERS);
  return deps.db.transaction(async (tx) => {
    const { app, loop } = await requireApplication(tx, actor.orgId, applicationId);
    if (app.status !== 'active') throw new AppError('conflict', `this application is already ${app.status}`);
    const interviews = await interviewsOfApplication(tx, actor.orgId, applicationId);
    const cards = await scorecardsOfInterviews(
      tx,
      actor.orgId,
      interviews.map((i) => i.id),
    );
    const scorecardIds = cards.filter((c) => c.status === 'submitted').map((c) => c.id);
    const now = deps.now();
    const id = await insertDecision(tx, {
      orgId: actor.orgId,
      applicationId,
      outcome: input.outcome,
      rationale: input.rationale,
      dissent: input.dissent ?? null,
      scorecardIds,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    const keys = loop.content.stages.map((s) => s.key);
    const next = keys[keys.indexOf(app.stageKey) + 1];
    if (input.outcome === 'hire')
      await updateApplication(tx, actor.orgId, applicationId, { status: 'hired', updatedAt: now });
    if (input.outcome === 'reject')
      await updateApplication(tx, actor.orgId, applicationId, { status: 'rejected', updatedAt: now });
    if (input.outcome === 'advance' && next)
      await updateApplication(tx, actor.orgId, applicationId, { stageKey: next, updatedAt: now });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'decision.made',
      targetType: 'application',
      targetId: applicationId,
      payload: {
        applicationId,
        decisionId: id,
        outcome: input.outcome,
        rationale: input.rationale,
        dissent: input.dissent ?? null,
        scorecardIds,
      },
    });
    await enqueueEvent(tx, {
      orgId: actor.orgId,
      type: 'decision.made',
      payload: {
        decisionId: id,
        applicationId,
        candidateId: app.candidateId,
        roleId: app.roleId,
        outcome: input.outcome,
        decidedBy: actor.userId,
        decidedAt: now.toISOString(),
        scorecardIds,
      },
    });
    const made = (await decisionsOf(tx, actor.orgId, applicationId)).find((d) => d.id === id);
    if (!made) throw new AppError('not_found', 'no such decision');
    return decisionView(made);
  });
}
