/**
 * Reads behind the privacy rights: everything stored about one candidate, gathered table by
 * table, plus their consent history.
 */
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { auditLog, organisations, users } from '../schema.js';
import { consentRecords } from '../schema-analytics.js';
import { applications, candidateDemographics, candidates } from '../schema-panel.js';
import { debriefs, outboxEvents, scorecardVersions } from '../schema-scorecards.js';
import type { CandidateRow } from './candidate-repo.js';
import { changeDemographics } from './fairness-totals-repo.js';

type Conn = Db | Tx;

/** The ids that tie rows to one person: theirs and their applications', interviews' and scorecards'. */
export interface PersonTargets {
  candidateId: string;
  applicationIds: string[];
  interviewIds: string[];
  scorecardIds: string[];
}

/** Every stored version of some scorecards, oldest first. */
export async function versionsOfScorecards(db: Conn, scorecardIds: string[]) {
  if (scorecardIds.length === 0) return [];
  return db
    .select()
    .from(scorecardVersions)
    .where(inArray(scorecardVersions.scorecardId, scorecardIds))
    .orderBy(asc(scorecardVersions.scorecardId), asc(scorecardVersions.version));
}

/** Debrief openings of some applications, with who opened them. */
export async function debriefsOfApplications(db: Conn, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: debriefs.applicationId,
      openedBy: debriefs.openedBy,
      openedByName: users.name,
      openedAt: debriefs.openedAt,
    })
    .from(debriefs)
    .innerJoin(users, eq(users.id, debriefs.openedBy))
    .where(inArray(debriefs.applicationId, applicationIds));
}

/** Which audit entries are about the person: by target, or naming one of their applications. */
export function auditAboutWhere(orgId: string, t: PersonTargets) {
  const targets = [t.candidateId, ...t.applicationIds, ...t.interviewIds, ...t.scorecardIds];
  const byPayload = [
    sql`${auditLog.payload}->>'candidateId' = ${t.candidateId}`,
    ...(t.applicationIds.length ? [inArray(sql`${auditLog.payload}->>'applicationId'`, t.applicationIds)] : []),
  ];
  return and(eq(auditLog.orgId, orgId), or(inArray(auditLog.targetId, targets), ...byPayload));
}

/** Audit entries about the person, oldest first. */
export async function auditAbout(db: Conn, orgId: string, t: PersonTargets) {
  return db.select().from(auditLog).where(auditAboutWhere(orgId, t)).orderBy(asc(auditLog.id));
}

/** Which outbox events are about the person. */
export function outboxAboutWhere(orgId: string, t: PersonTargets) {
  return and(
    eq(outboxEvents.orgId, orgId),
    or(
      sql`${outboxEvents.payload}->>'candidateId' = ${t.candidateId}`,
      ...(t.applicationIds.length ? [inArray(sql`${outboxEvents.payload}->>'applicationId'`, t.applicationIds)] : []),
    ),
  );
}

/** Webhook events about the person, oldest first. */
export async function outboxAbout(db: Conn, orgId: string, t: PersonTargets) {
  return db
    .select()
    .from(outboxEvents)
    .where(outboxAboutWhere(orgId, t))
    .orderBy(asc(outboxEvents.createdAt), asc(outboxEvents.id));
}

/** A candidate's consent history, oldest first. */
export async function consentsOf(db: Conn, orgId: string, candidateId: string) {
  return db
    .select()
    .from(consentRecords)
    .where(and(eq(consentRecords.orgId, orgId), eq(consentRecords.candidateId, candidateId)))
    .orderBy(asc(consentRecords.at), asc(consentRecords.id));
}

/** Record a grant or a withdrawal of consent. */
export async function insertConsent(
  db: Conn,
  v: { orgId: string; candidateId: string; granted: boolean; recordedBy: string | null; at: Date },
): Promise<void> {
  await db.insert(consentRecords).values({ ...v, purpose: 'demographics' });
}

/** Delete a candidate's self-identification, taking it out of the fairness totals; true when there was one. */
export async function deleteDemographics(db: Conn, orgId: string, candidateId: string): Promise<boolean> {
  let deleted = false;
  await changeDemographics(db, candidateId, async (tx) => {
    const rows = await tx
      .delete(candidateDemographics)
      .where(and(eq(candidateDemographics.orgId, orgId), eq(candidateDemographics.candidateId, candidateId)))
      .returning({ id: candidateDemographics.candidateId });
    deleted = rows.length > 0;
  });
  return deleted;
}

/** Correct a candidate's contact details (rectification). */
export async function updateCandidateContact(
  db: Conn,
  orgId: string,
  candidateId: string,
  v: { name?: string; email?: string; phone?: string | null },
): Promise<void> {
  await db
    .update(candidates)
    .set(v)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, candidateId)));
}

/**
 * Candidates past their organisation's retention period: not yet erased, no active application,
 * and the last application change (or, with none, the candidate's creation) older than
 * retention_days before `now`. Organisations without a retention period are never swept.
 */
export async function candidatesDueForErasure(db: Conn, now: Date, orgId?: string): Promise<CandidateRow[]> {
  return db
    .select()
    .from(candidates)
    .innerJoin(organisations, eq(organisations.id, candidates.orgId))
    .where(
      and(
        isNull(candidates.erasedAt),
        isNotNull(organisations.retentionDays),
        orgId ? eq(candidates.orgId, orgId) : undefined,
        sql`not exists (select 1 from ${applications} a where a.candidate_id = ${candidates.id} and a.status = 'active')`,
        sql`coalesce((select max(a.updated_at) from ${applications} a where a.candidate_id = ${candidates.id}), ${candidates.createdAt})
            < ${now.toISOString()}::timestamptz - make_interval(days => ${organisations.retentionDays})`,
      ),
    )
    .orderBy(asc(candidates.createdAt))
    .then((rows) => rows.map((r) => r.candidates));
}
