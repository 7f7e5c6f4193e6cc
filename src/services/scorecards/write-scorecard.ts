import { appendAudit } from '../../db/repos/audit-repo.js';
import { ownScorecard, recordSubmission, upsertDraft } from '../../db/repos/scorecard-repo.js';
import { recordFirstSubmission } from '../../db/repos/submission-repo.js';
import { queueSummaryRefresh } from '../../db/repos/summary-queue-repo.js';
import type { ScorecardContent } from '../../db/schema-scorecards.js';
import { AppError, type ErrorDetail } from '../../shared/errors.js';
import type { TScorecard, TScorecardDraft } from '../../shared/schemas/scorecards.js';
import type { Actor, Deps } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { type PanellistContext, panellistContext } from './panellist-context.js';
import { scorecardView } from './scorecard-view.js';

/** Evidence shorter than this is not a quote of what the candidate said. */
export const MIN_EVIDENCE = 10;

/** Ratings only for the dimensions this stage scores. */
function checkDimensions(ctx: PanellistContext, draft: TScorecardDraft): void {
  const details: ErrorDetail[] = draft.ratings
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !ctx.dimensions.includes(r.dimension))
    .map(({ r, i }) => ({
      path: `body.ratings.${i}.dimension`,
      message: `${r.dimension} is not scored at ${ctx.stageName}; rate ${ctx.dimensions.join(', ')}`,
    }));
  if (details.length) throw new AppError('validation_failed', details[0]?.message ?? 'invalid dimension', { details });
}

/**
 * What a submission needs: every dimension of the stage rated or marked not assessed, an
 * evidence quote for every scored dimension, and an overall recommendation.
 */
function submissionProblems(ctx: PanellistContext, c: ScorecardContent): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const d of ctx.dimensions) {
    const r = c.ratings.find((x) => x.dimension === d);
    if (!r) problems.push({ path: `ratings.${d}`, message: `rate ${d} or mark it not assessed` });
    else if (r.score !== null && r.evidence.trim().length < MIN_EVIDENCE) {
      problems.push({
        path: `ratings.${d}.evidence`,
        message: `${d} is scored ${r.score} but has no evidence quote: write what they said and what it suggests`,
      });
    }
  }
  if (c.recommendation === null)
    problems.push({ path: 'recommendation', message: 'give an overall recommendation from 1 to 5' });
  return problems;
}

const contentOf = (d: TScorecardDraft): ScorecardContent => ({ ...d });

/** Save the caller's draft (autosave). A submitted scorecard changes only by amendment. */
export async function saveDraft(
  deps: Deps,
  actor: Actor,
  interviewId: string,
  draft: TScorecardDraft,
): Promise<TScorecard> {
  // The upsert itself refuses a submitted card, so the caller's own card need not be read first.
  const ctx = await panellistContext(deps, actor, interviewId, { own: false });
  checkDimensions(ctx, draft);
  const row = await upsertDraft(deps.db, {
    orgId: actor.orgId,
    interviewId,
    interviewerId: actor.userId,
    content: contentOf(draft),
    at: deps.now(),
  });
  if (!row) throw new AppError('conflict', 'this scorecard is submitted; amend it with a reason instead');
  // The upsert returns what it stored; only the name comes from the panel already read.
  return scorecardView({ ...row, interviewerName: ctx.me.name });
}

/**
 * Submit the caller's scorecard (with an optional last edit). It locks: later changes are
 * amendments. The interview counts as held, the submission is audited, a scorecard.submitted
 * event goes to the outbox and the report summaries are queued, all in one statement
 * (recordFirstSubmission).
 */
export async function submitScorecard(
  deps: Deps,
  actor: Actor,
  interviewId: string,
  last: TScorecardDraft | undefined,
): Promise<TScorecard> {
  // With a last edit the draft is not needed: the statement itself refuses a submitted card.
  const ctx = await panellistContext(deps, actor, interviewId, { own: last === undefined });
  if (ctx.own?.status === 'submitted')
    throw new AppError('conflict', 'this scorecard is already submitted; amend it with a reason instead');
  if (last) checkDimensions(ctx, last);
  const content = last ? contentOf(last) : ctx.own?.content;
  if (!content)
    throw new AppError('unprocessable', 'there is no draft to submit', {
      details: [{ path: 'ratings', message: 'score the interview first' }],
    });
  const problems = submissionProblems(ctx, content);
  if (problems.length)
    throw new AppError('unprocessable', problems[0]?.message ?? 'the scorecard is incomplete', { details: problems });
  const now = deps.now();
  const applicationId = ctx.interview.applicationId;
  const id = await changingInterviews(deps.db, interviewId, () =>
    recordFirstSubmission(deps.db, {
      orgId: actor.orgId,
      interviewId,
      interviewerId: actor.userId,
      content,
      at: now,
      auditPayload: { applicationId, interviewId, version: 1 },
      eventPayload: {
        interviewId,
        applicationId,
        candidateId: ctx.interview.candidateId,
        interviewerId: actor.userId,
        stage: ctx.interview.stageKey,
        ratings: content.ratings.map(({ dimension, score }) => ({ dimension, score })),
        recommendation: content.recommendation,
        submittedAt: now.toISOString(),
      },
    }),
  );
  // Submitted by a concurrent request since the check above.
  if (!id) throw new AppError('conflict', 'this scorecard is already submitted; amend it with a reason instead');
  // The statement wrote exactly these fields; reading them back would only cost a round trip.
  return scorecardView({
    id,
    orgId: actor.orgId,
    interviewId,
    interviewerId: actor.userId,
    status: 'submitted',
    content,
    version: 1,
    submittedAt: now,
    updatedAt: now,
    interviewerName: ctx.me.name,
  });
}

/** Amend a submitted scorecard: a reason is required, and the previous version is kept. */
export async function amendScorecard(
  deps: Deps,
  actor: Actor,
  interviewId: string,
  input: TScorecardDraft & { reason: string },
): Promise<TScorecard> {
  const ctx = await panellistContext(deps, actor, interviewId);
  const own = ctx.own;
  if (own?.status !== 'submitted')
    throw new AppError('conflict', 'only a submitted scorecard can be amended; save the draft instead');
  const { reason, ...draft } = input;
  checkDimensions(ctx, draft);
  const content = contentOf(draft);
  const problems = submissionProblems(ctx, content);
  if (problems.length)
    throw new AppError('unprocessable', problems[0]?.message ?? 'the scorecard is incomplete', { details: problems });
  return deps.db.transaction(async (tx) => {
    const version = own.version + 1;
    await recordSubmission(tx, { id: own.id, content, version, at: deps.now(), by: actor.userId, reason });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'scorecard.amended',
      targetType: 'scorecard',
      targetId: own.id,
      payload: {
        applicationId: ctx.interview.applicationId,
        interviewId,
        version,
        reason,
        before: own.content.ratings.map(({ dimension, score }) => ({ dimension, score })),
        after: content.ratings.map(({ dimension, score }) => ({ dimension, score })),
      },
    });
    await queueSummaryRefresh(tx, actor.orgId, interviewId);
    const fresh = await ownScorecard(tx, interviewId, actor.userId);
    if (!fresh) throw new AppError('not_found', 'no scorecard');
    return scorecardView(fresh);
  });
}
