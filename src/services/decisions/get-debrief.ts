import type { z } from 'zod';
import { interviewsOfApplication } from '../../db/repos/interview-repo.js';
import { debriefOpen, decisionsOf } from '../../db/repos/scorecard-repo.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import { buildDebrief, type DebriefCard } from '../../domain/scorecards/debrief.js';
import { canSeeOthers } from '../../domain/scorecards/visibility.js';
import { AppError } from '../../shared/errors.js';
import type { ZDebrief } from '../../shared/schemas/scorecards.js';
import type { Dimension } from '../../shared/schemas/vocabulary.js';
import { requireApplication } from '../applications/require-application.js';
import type { Actor, Deps } from '../context.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { interviewContexts } from '../scorecards/interview-context.js';
import { decisionView } from './decision-view.js';

/**
 * The debrief of an application, evidence first. Each interview's scorecards appear only where
 * the independence rule lets the caller see them; interviews still hidden or incomplete are
 * listed (who and which stage), never their scores. Panellists and the hiring team may open it.
 */
export async function getDebrief(deps: Deps, actor: Actor, applicationId: string): Promise<z.infer<typeof ZDebrief>> {
  // Independent reads together; nothing is answered unless the application is the caller's organisation's.
  const [{ app }, all, open, decisions] = await Promise.all([
    requireApplication(deps.db, actor.orgId, applicationId),
    interviewsOfApplication(deps.db, actor.orgId, applicationId),
    debriefOpen(deps.db, applicationId),
    decisionsOf(deps.db, actor.orgId, applicationId),
  ]);
  const interviews = all.filter((i) => i.status !== 'cancelled');
  const contexts = await interviewContexts(deps.db, actor, interviews, {
    openDebriefs: new Set(open ? [applicationId] : []),
  });
  const team = (HIRING_EDITORS as readonly string[]).includes(actor.role);
  if (!team && !contexts.some((c) => c.facts.onPanel))
    throw new AppError('forbidden', 'only the panel and the hiring team see a debrief');
  const cards: DebriefCard[] = [];
  const missing: z.infer<typeof ZDebrief>['missing'] = [];
  let hiddenInterviews = 0;
  for (const ctx of contexts) {
    const visible = canSeeOthers(ctx.facts);
    if (!visible) hiddenInterviews++;
    const submitted = ctx.cards.filter((c) => c.status === 'submitted');
    for (const p of ctx.panel) {
      if (!submitted.some((c) => c.interviewerId === p.id))
        missing.push({ interviewId: ctx.interview.id, stage: ctx.stageName, interviewer: p.name });
    }
    for (const c of submitted) {
      if (!visible && c.interviewerId !== actor.userId) continue;
      cards.push({
        scorecardId: c.id,
        interviewer: { id: c.interviewerId, name: c.interviewerName },
        stage: { key: ctx.interview.stageKey, name: ctx.stageName },
        ratings: c.content.ratings.map((r) => ({ ...r, dimension: r.dimension as Dimension })),
        redFlags: c.content.redFlags,
        recommendation: c.content.recommendation,
      });
    }
  }
  const first = interviews[0];
  const level = first?.roleLevel ?? 'mid';
  const debrief = buildDebrief(cards, level, loadRubric());
  return {
    applicationId,
    candidate: { id: app.candidateId, name: app.candidateName },
    role: { id: app.roleId, title: app.roleTitle, level },
    open,
    missing,
    hiddenInterviews,
    ...debrief,
    decisions: decisions.map(decisionView),
  };
}
