import type { z } from 'zod';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { findInterview, insertInterview } from '../../db/repos/interview-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TScheduleInterview, ZInterviewSummary } from '../../shared/schemas/panel.js';
import { requireApplication, requireStage } from '../applications/require-application.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS, requireMembers } from '../roles/editors.js';
import { interviewSummaries } from './interview-view.js';

/** Schedule an interview for an application at a stage of its loop, with its panel. */
export async function scheduleInterview(
  deps: Deps,
  actor: Actor,
  input: TScheduleInterview,
): Promise<z.infer<typeof ZInterviewSummary>> {
  requireRole(actor, HIRING_EDITORS);
  return deps.db.transaction(async (tx) => {
    const { app, loop } = await requireApplication(tx, actor.orgId, input.applicationId);
    if (app.status !== 'active') throw new AppError('conflict', `this application is ${app.status}`);
    requireStage(loop, input.stage, 'body.stage');
    await requireMembers(tx, actor.orgId, input.interviewerIds, 'body.interviewerIds');
    const row = await insertInterview(
      tx,
      {
        orgId: actor.orgId,
        applicationId: app.id,
        loopVersionId: loop.id,
        stageKey: input.stage,
        scheduledAt: new Date(input.scheduledAt),
        status: 'scheduled',
      },
      [...new Set(input.interviewerIds)],
    );
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'interview.scheduled',
      targetType: 'interview',
      targetId: row.id,
      payload: { stage: input.stage },
    });
    const view = await findInterview(tx, actor.orgId, row.id);
    if (!view) throw new AppError('not_found', 'no such interview');
    const [summary] = await interviewSummaries(tx, [view]);
    if (!summary) throw new AppError('not_found', 'no such interview');
    return summary;
  });
}
