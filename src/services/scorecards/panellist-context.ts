import type { InterviewState } from '../../db/repos/kit-repo.js';
import { ownScorecard, type ScorecardRow } from '../../db/repos/scorecard-repo.js';
import { AppError } from '../../shared/errors.js';
import { DIMENSIONS, type Dimension } from '../../shared/schemas/vocabulary.js';
import type { Actor, Deps } from '../context.js';
import { interviewState } from '../interviews/interview-state-cache.js';
import { stagePlan } from '../interviews/stage-plan-cache.js';
import { HIRING_EDITORS } from '../roles/editors.js';

/** What writing one's own scorecard needs: less than the read views, so fewer round trips. */
export interface PanellistContext {
  interview: InterviewState;
  /** The caller as the panel lists them (the name scorecards show). */
  me: { id: string; name: string };
  stageName: string;
  /** The dimensions the stage's questions give evidence for: what each scorecard rates. */
  dimensions: Dimension[];
  own: ScorecardRow | undefined;
}

/**
 * The interview as seen by a panellist about to write: the interview, its panel and access
 * (from memory while the change feed is live, else one query), the caller's own scorecard unless
 * `own: false` (in parallel), and the stage's plan from the cache. Someone who may not see the interview gets a 404 (ids cannot be probed); the hiring
 * team, who may see it but do not sit on it, gets a 403.
 */
export async function panellistContext(
  deps: Deps,
  actor: Actor,
  interviewId: string,
  opts: { own: boolean } = { own: true },
): Promise<PanellistContext> {
  const [interview, own] = await Promise.all([
    interviewState(deps.db, actor.orgId, interviewId),
    opts.own ? ownScorecard(deps.db, interviewId, actor.userId) : undefined,
  ]);
  if (!interview) throw new AppError('not_found', 'no such interview');
  const me = interview.panel.find((p) => p.id === actor.userId);
  if (!me) {
    if ((HIRING_EDITORS as readonly string[]).includes(actor.role))
      throw new AppError('forbidden', 'only the interviewers on this panel write its scorecards');
    throw new AppError('not_found', 'no such interview');
  }
  const plan = await stagePlan(deps.db, { orgId: actor.orgId, ...interview });
  const asked = new Set([...plan.found.values()].flatMap((q) => q.content.dimensions));
  return {
    interview,
    me,
    stageName: plan.stage?.name ?? interview.stageKey,
    dimensions: DIMENSIONS.filter((d) => asked.has(d)),
    // Scoped to the caller's organisation, like every read.
    own: own?.orgId === actor.orgId ? own : undefined,
  };
}
