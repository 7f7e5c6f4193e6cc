/**
 * Writes behind a GDPR erasure. Every function expects to run inside the one erasure
 * transaction; `allowAuditScrub` must be called in it before audit payloads are rewritten.
 */
import { and, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Tx } from '../client.js';
import { auditLog, idempotencyKeys } from '../schema.js';
import { type CalibrationMaterial, calibrationSessions } from '../schema-analytics.js';
import { applications, candidates } from '../schema-panel.js';
import {
  decisions,
  outboxEvents,
  type ScorecardContent,
  scorecards,
  scorecardVersions,
  webhookDeliveries,
} from '../schema-scorecards.js';

/** What an erased candidate is called from now on. */
export const ERASED_NAME = 'Erased candidate';
/** A placeholder address in the reserved .invalid domain, so nothing can ever be sent to it. */
export const ERASED_EMAIL = 'erased@erased.invalid';

/**
 * The audit log refuses updates (migration 0004) unless the transaction declares itself an
 * erasure; SET LOCAL ends with the transaction, so nothing else inherits the permission.
 */
export async function allowAuditScrub(tx: Tx): Promise<void> {
  await tx.execute(sql`set local caliper.erasure = 'on'`);
}

/** Replace the identity with placeholders and mark the person erased; false when already erased. */
export async function markErased(tx: Tx, orgId: string, candidateId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(candidates)
    .set({ name: ERASED_NAME, email: ERASED_EMAIL, phone: null, erasedAt: at })
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId), isNull(candidates.erasedAt)))
    .returning({ id: candidates.id });
  return rows.length > 0;
}

/** Drop the accommodations (health and personal circumstances) of some applications. */
export async function clearAccommodations(tx: Tx, applicationIds: string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await tx.update(applications).set({ accommodations: null }).where(inArray(applications.id, applicationIds));
}

/** Rewrite scorecards and their versions with the given transformation of their content. */
export async function rewriteScorecards(
  tx: Tx,
  scorecardIds: string[],
  scrub: (c: ScorecardContent) => ScorecardContent,
): Promise<void> {
  if (scorecardIds.length === 0) return;
  const cards = await tx
    .select({ id: scorecards.id, content: scorecards.content })
    .from(scorecards)
    .where(inArray(scorecards.id, scorecardIds));
  for (const c of cards)
    await tx
      .update(scorecards)
      .set({ content: scrub(c.content) })
      .where(eq(scorecards.id, c.id));
  const versions = await tx
    .select()
    .from(scorecardVersions)
    .where(inArray(scorecardVersions.scorecardId, scorecardIds));
  for (const v of versions)
    await tx
      .update(scorecardVersions)
      .set({ content: scrub(v.content), amendmentReason: v.amendmentReason === null ? null : '' })
      .where(and(eq(scorecardVersions.scorecardId, v.scorecardId), eq(scorecardVersions.version, v.version)));
}

/** Blank the written reasons of decisions; the outcome, who and when stay. */
export async function blankDecisionText(tx: Tx, applicationIds: string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await tx
    .update(decisions)
    .set({ rationale: '', dissent: null })
    .where(inArray(decisions.applicationId, applicationIds));
}

/** Replace one audit entry's payload (only inside an erasure, see allowAuditScrub). */
export async function replaceAuditPayload(tx: Tx, id: number, payload: Record<string, unknown>): Promise<void> {
  await tx.update(auditLog).set({ payload }).where(eq(auditLog.id, id));
}

/** Replace one outbox event's payload and forget its deliveries' error text (a receiver may echo it). */
export async function replaceEventPayload(tx: Tx, id: string, payload: Record<string, unknown>): Promise<void> {
  await tx.update(outboxEvents).set({ payload }).where(eq(outboxEvents.id, id));
  await tx.update(webhookDeliveries).set({ lastError: null }).where(eq(webhookDeliveries.eventId, id));
}

/** Forget stored idempotent responses that mention any of the ids (they repeat names and notes). */
export async function deleteIdempotencyMentioning(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(idempotencyKeys).where(or(...ids.map((id) => like(idempotencyKeys.responseBody, `%${id}%`))));
}

/** Blank the evidence that calibration sessions copied from the person's interviews. */
export async function scrubCalibrationMaterial(tx: Tx, interviewIds: string[]): Promise<void> {
  if (interviewIds.length === 0) return;
  const sessions = await tx
    .select({ id: calibrationSessions.id, material: calibrationSessions.material })
    .from(calibrationSessions)
    .where(inArray(calibrationSessions.sourceInterviewId, interviewIds));
  for (const s of sessions) {
    const material: CalibrationMaterial = {
      ...s.material,
      evidence: s.material.evidence.map((e) => ({ dimension: e.dimension, text: '' })),
    };
    await tx.update(calibrationSessions).set({ material }).where(eq(calibrationSessions.id, s.id));
  }
}
