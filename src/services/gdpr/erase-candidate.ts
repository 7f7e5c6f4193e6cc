import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import type { CandidateRow } from '../../db/repos/candidate-repo.js';
import {
  allowAuditScrub,
  blankDecisionText,
  clearAccommodations,
  deleteIdempotencyMentioning,
  markErased,
  replaceAuditPayload,
  replaceEventPayload,
  rewriteScorecards,
  scrubCalibrationMaterial,
} from '../../db/repos/erasure-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Deps } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { type PrivacyCaller, requireLiveCandidate, requirePrivacyRole } from './caller.js';
import { loadFootprint } from './footprint.js';
import { identityNeedles, scrubPayload, scrubScorecardContent } from './scrub.js';

/** Only admins erase: it cannot be undone. */
export const ERASE_ROLES = ['admin'] as const;

/** What an erasure removed, in counts only. */
export interface ErasureResult {
  candidateId: string;
  applications: number;
  scorecards: number;
  auditEntries: number;
  webhookEvents: number;
}

/**
 * Erase one person inside the caller's transaction: identity and every free text about them go;
 * ids, scores, outcomes, demographics and consent history stay, so anonymous counts (and the
 * adverse-impact history built on them) do not change. Returns undefined when already erased.
 */
export async function erasePerson(
  tx: Tx,
  candidate: CandidateRow,
  by: { userId: string | null; reason: 'request' | 'retention'; at: Date },
): Promise<ErasureResult | undefined> {
  // Read everything first: the free text found is also what payloads are searched for.
  const fp = await loadFootprint(tx, candidate);
  if (!(await markErased(tx, candidate.orgId, candidate.id, by.at))) return undefined;
  const { targets } = fp;
  const needles = identityNeedles([
    candidate.name,
    candidate.email,
    candidate.phone,
    ...fp.applications.map((a) => a.accommodations),
    ...fp.decisions.flatMap((d) => [d.rationale, d.dissent]),
  ]);
  await clearAccommodations(tx, targets.applicationIds);
  await rewriteScorecards(tx, targets.scorecardIds, scrubScorecardContent);
  await blankDecisionText(tx, targets.applicationIds);
  await scrubCalibrationMaterial(tx, targets.interviewIds);
  await allowAuditScrub(tx);
  for (const e of fp.audit)
    await replaceAuditPayload(tx, e.id, scrubPayload(e.payload, needles) as Record<string, unknown>);
  for (const e of fp.events)
    await replaceEventPayload(tx, e.id, scrubPayload(e.payload, needles) as Record<string, unknown>);
  await deleteIdempotencyMentioning(tx, [
    candidate.id,
    ...targets.applicationIds,
    ...targets.interviewIds,
    ...targets.scorecardIds,
  ]);
  const result: ErasureResult = {
    candidateId: candidate.id,
    applications: targets.applicationIds.length,
    scorecards: targets.scorecardIds.length,
    auditEntries: fp.audit.length,
    webhookEvents: fp.events.length,
  };
  // The record of the erasure itself: who and why, never whom by name.
  await appendAudit(tx, {
    orgId: candidate.orgId,
    actorUserId: by.userId,
    action: 'candidate.erased',
    targetType: 'candidate',
    targetId: candidate.id,
    payload: {
      reason: by.reason,
      applications: result.applications,
      scorecards: result.scorecards,
      auditEntries: result.auditEntries,
      webhookEvents: result.webhookEvents,
    },
  });
  return result;
}

/**
 * Erasure on request (GDPR Art. 17), in one transaction: all of it happens or none of it.
 * A second erasure of the same person is a 404: they are gone.
 */
export async function eraseCandidate(deps: Deps, caller: PrivacyCaller, candidateId: string): Promise<ErasureResult> {
  requirePrivacyRole(caller, ERASE_ROLES);
  return changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      const candidate = await requireLiveCandidate(tx, caller.orgId, candidateId);
      const done = await erasePerson(tx, candidate, { userId: caller.userId, reason: 'request', at: deps.now() });
      if (!done) throw new AppError('not_found', 'this candidate was erased');
      return done;
    }),
  );
}
