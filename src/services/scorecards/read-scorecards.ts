import type { z } from 'zod';
import { canSeeOthers, hiddenReason } from '../../domain/scorecards/visibility.js';
import { AppError } from '../../shared/errors.js';
import type { TScorecard, ZScorecardList } from '../../shared/schemas/scorecards.js';
import type { Actor, Deps } from '../context.js';
import { requireVisibleInterview } from '../interviews/access.js';
import { interviewContext } from './interview-context.js';
import { scorecardView } from './scorecard-view.js';

/**
 * The scorecards of an interview the caller may see: always their own; other interviewers'
 * only when the independence rule allows, and then only submitted ones (a draft is private).
 * While hidden, nothing about the others leaks: not their scores, notes, recommendations or count.
 */
export async function listScorecards(
  deps: Deps,
  actor: Actor,
  interviewId: string,
): Promise<z.infer<typeof ZScorecardList>> {
  const ctx = await interviewContext(deps.db, actor, await requireVisibleInterview(deps.db, actor, interviewId));
  const visible = canSeeOthers(ctx.facts);
  const items = ctx.cards
    .filter((c) => c.interviewerId === actor.userId || (visible && c.status === 'submitted'))
    .map(scorecardView);
  return { othersVisible: visible, hiddenReason: visible ? null : hiddenReason(ctx.facts), items };
}

/** The caller's own scorecard for an interview (404 until they start one). */
export async function getOwnScorecard(deps: Deps, actor: Actor, interviewId: string): Promise<TScorecard> {
  const ctx = await interviewContext(deps.db, actor, await requireVisibleInterview(deps.db, actor, interviewId));
  if (!ctx.own) throw new AppError('not_found', 'you have not started a scorecard for this interview');
  return scorecardView(ctx.own);
}
