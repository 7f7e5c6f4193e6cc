import { auditOfApplication } from '../../db/repos/audit-repo.js';
import { interviewsOfApplication } from '../../db/repos/interview-repo.js';
import { canSeeOthers } from '../../domain/scorecards/visibility.js';
import { requireApplication } from '../applications/require-application.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { interviewContexts } from '../scorecards/interview-context.js';

/** Payload fields of a scorecard entry that carry scores. */
const SCORE_FIELDS = ['before', 'after'];

/**
 * The audit trail of an application: submissions, amendments (with before and after), the
 * debrief opening and decisions. Admins only. Scores in an entry follow the independence rule:
 * until the admin may see an interview's scorecards, its entries show that something changed,
 * not the scores.
 */
export async function applicationAudit(deps: Deps, actor: Actor, applicationId: string) {
  requireRole(actor, ['admin']);
  await requireApplication(deps.db, actor.orgId, applicationId);
  const interviews = await interviewsOfApplication(deps.db, actor.orgId, applicationId);
  const visible = new Set<string>();
  for (const ctx of await interviewContexts(deps.db, actor, interviews))
    if (canSeeOthers(ctx.facts)) visible.add(ctx.interview.id);
  const rows = await auditOfApplication(deps.db, actor.orgId, applicationId);
  return {
    items: rows.map((r) => {
      const interviewId = typeof r.payload.interviewId === 'string' ? r.payload.interviewId : undefined;
      const hide = interviewId !== undefined && !visible.has(interviewId);
      const payload = hide
        ? {
            ...Object.fromEntries(Object.entries(r.payload).filter(([k]) => !SCORE_FIELDS.includes(k))),
            scoresHidden: true,
          }
        : r.payload;
      return {
        id: r.id,
        action: r.action,
        actorUserId: r.actorUserId,
        targetType: r.targetType,
        targetId: r.targetId,
        payload,
        at: r.at.toISOString(),
      };
    }),
  };
}
