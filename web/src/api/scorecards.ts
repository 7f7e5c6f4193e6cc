/**
 * Scorecards, the debrief, decisions and the audit trail. Types come from the shared Zod
 * contracts by type-only imports, so zod never reaches the bundle.
 */
import type { z } from 'zod';
import type {
  DECISION_OUTCOMES,
  RED_FLAGS,
  TScorecard,
  TScorecardDraft,
  ZCreateDecision,
  ZDebrief,
  ZDecision,
  ZScorecardList,
} from '../../../src/shared/schemas/scorecards.js';
import { ApiError, apiGet, apiPost, apiPut } from './client.js';

/** One interviewer's scorecard as the server sends it. */
export type Scorecard = TScorecard;
/** What a draft, a submission or an amendment carries. */
export type ScorecardBody = TScorecardDraft;
/** An amendment: the new content and why it changes. */
export type ScorecardAmendment = ScorecardBody & { reason: string };
/** The interview's scorecards the caller may see, and why the others are hidden. */
export type ScorecardList = z.infer<typeof ZScorecardList>;
/** A red flag an interviewer can tick. */
export type RedFlag = (typeof RED_FLAGS)[number];
/** The evidence-first debrief of an application. */
export type Debrief = z.infer<typeof ZDebrief>;
/** A recorded human decision. */
export type Decision = z.infer<typeof ZDecision>;
/** What deciding sends. */
export type DecisionInput = z.input<typeof ZCreateDecision>;
/** advance, hold, reject or hire. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
/** One entry of an application's audit trail. */
export interface AuditEntry {
  id: number;
  action: string;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  payload: Record<string, unknown>;
  at: string;
}

function interviewPath(id: string, rest: string): string {
  return `/api/v1/interviews/${encodeURIComponent(id)}${rest}`;
}

function applicationPath(id: string, rest: string): string {
  return `/api/v1/applications/${encodeURIComponent(id)}${rest}`;
}

/** Your scorecard for an interview, or null before you have started one. */
export async function getMyScorecard(
  interviewId: string,
  opts: { signal?: AbortSignal } = {},
): Promise<Scorecard | null> {
  try {
    return await apiGet<Scorecard>(interviewPath(interviewId, '/scorecards/me'), {}, { signal: opts.signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && err.code === 'not_found') return null;
    throw err;
  }
}

/** Save your draft (autosave); 409 once it is submitted. */
export function saveScorecardDraft(interviewId: string, body: ScorecardBody): Promise<Scorecard> {
  return apiPut<Scorecard>(interviewPath(interviewId, '/scorecards/me'), body);
}

/** Submit your scorecard; 422 with details per field when it is incomplete. It then locks. */
export function submitScorecard(interviewId: string, body: ScorecardBody): Promise<Scorecard> {
  return apiPost<Scorecard>(interviewPath(interviewId, '/scorecards/me/submit'), body);
}

/** Amend your submitted scorecard with a reason; the old version is kept. */
export function amendScorecard(interviewId: string, body: ScorecardAmendment): Promise<Scorecard> {
  return apiPost<Scorecard>(interviewPath(interviewId, '/scorecards/me/amend'), body);
}

/** The interview's scorecards you may see (others' only after you submit yours). */
export function listScorecards(interviewId: string, opts: { signal?: AbortSignal } = {}): Promise<ScorecardList> {
  return apiGet<ScorecardList>(interviewPath(interviewId, '/scorecards'), {}, { signal: opts.signal });
}

/** The evidence-first debrief of an application. */
export function getDebrief(applicationId: string, opts: { signal?: AbortSignal } = {}): Promise<Debrief> {
  return apiGet<Debrief>(applicationPath(applicationId, '/debrief'), {}, { signal: opts.signal });
}

/** Open the debrief (hiring manager or admin). */
export function openDebrief(applicationId: string): Promise<void> {
  return apiPost<undefined>(applicationPath(applicationId, '/debrief/open'));
}

/** Record a decision; the key makes a repeated click record one decision. */
export function recordDecision(applicationId: string, input: DecisionInput, idempotencyKey: string): Promise<Decision> {
  return apiPost<Decision>(applicationPath(applicationId, '/decisions'), input, {
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** The application's audit trail (admins). */
export async function getAudit(applicationId: string, opts: { signal?: AbortSignal } = {}): Promise<AuditEntry[]> {
  const page = await apiGet<{ items: AuditEntry[] }>(applicationPath(applicationId, '/audit'), {}, opts);
  return page.items;
}
