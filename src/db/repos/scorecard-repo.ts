import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { users } from '../schema.js';
import { scorecardRatings } from '../schema-analytics.js';
import { debriefs, decisions, type ScorecardContent, scorecards, scorecardVersions } from '../schema-scorecards.js';
import { refreshApplicationSummaries } from './report-summary-repo.js';

type Conn = Db | Tx;

export type ScorecardRow = typeof scorecards.$inferSelect & { interviewerName: string };
export type DecisionRow = typeof decisions.$inferSelect & { decidedByName: string };

const cardColumns = {
  id: scorecards.id,
  orgId: scorecards.orgId,
  interviewId: scorecards.interviewId,
  interviewerId: scorecards.interviewerId,
  status: scorecards.status,
  content: scorecards.content,
  version: scorecards.version,
  submittedAt: scorecards.submittedAt,
  updatedAt: scorecards.updatedAt,
  interviewerName: users.name,
};

/** Scorecards of some interviews (any status), with interviewer names. */
export async function scorecardsOfInterviews(db: Conn, orgId: string, interviewIds: string[]): Promise<ScorecardRow[]> {
  if (interviewIds.length === 0) return [];
  return db
    .select(cardColumns)
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .where(and(eq(scorecards.orgId, orgId), inArray(scorecards.interviewId, interviewIds)))
    .orderBy(asc(users.name));
}

/** The caller's own scorecard for an interview, if started. */
export async function ownScorecard(
  db: Conn,
  interviewId: string,
  interviewerId: string,
): Promise<ScorecardRow | undefined> {
  const [row] = await db
    .select(cardColumns)
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.interviewerId, interviewerId)));
  return row;
}

/**
 * Create or replace the caller's draft, only while it is a draft, in one statement: a submitted
 * scorecard is left as it is (even by a save racing its submission) and nothing is returned.
 * Returns the stored row otherwise, saving a re-read.
 */
export async function upsertDraft(
  db: Conn,
  v: { orgId: string; interviewId: string; interviewerId: string; content: ScorecardContent; at: Date },
): Promise<typeof scorecards.$inferSelect | undefined> {
  const [row] = await db
    .insert(scorecards)
    .values({ ...v, status: 'draft', updatedAt: v.at })
    .onConflictDoUpdate({
      target: [scorecards.interviewId, scorecards.interviewerId],
      set: { content: v.content, updatedAt: v.at },
      setWhere: eq(scorecards.status, 'draft'),
    })
    .returning()
    // Every autosave: prepared once per connection instead of planned each time.
    .prepare('upsert_draft')
    .execute();
  return row;
}

/**
 * Submit (or amend): set the content and version, and keep the version in the history. The
 * caller must then refresh the interview's report summaries (refreshReportSummaries) in the same
 * transaction, as its last statement: they update shared running totals, whose row locks are
 * then held only until the commit that follows.
 */
export async function recordSubmission(
  db: Conn,
  v: { id: string; content: ScorecardContent; version: number; at: Date; by: string; reason: string | null },
): Promise<void> {
  const [card] = await db
    .update(scorecards)
    .set({ status: 'submitted', content: v.content, version: v.version, submittedAt: v.at, updatedAt: v.at })
    .where(eq(scorecards.id, v.id))
    .returning({
      orgId: scorecards.orgId,
      interviewId: scorecards.interviewId,
      interviewerId: scorecards.interviewerId,
    });
  if (!card) return;
  // The per-dimension rows the reports aggregate always mirror the current version.
  await db.delete(scorecardRatings).where(eq(scorecardRatings.scorecardId, v.id));
  if (v.content.ratings.length > 0)
    await db.insert(scorecardRatings).values(
      v.content.ratings.map((r) => ({
        scorecardId: v.id,
        orgId: card.orgId,
        interviewId: card.interviewId,
        interviewerId: card.interviewerId,
        dimension: r.dimension,
        score: r.score,
        recommendation: v.content.recommendation,
        submittedAt: v.at,
      })),
    );
  await db.insert(scorecardVersions).values({
    scorecardId: v.id,
    version: v.version,
    content: v.content,
    amendmentReason: v.reason,
    createdBy: v.by,
    createdAt: v.at,
  });
}

/** The stored versions of a scorecard, oldest first. */
export async function versionsOf(db: Conn, scorecardId: string) {
  return db
    .select()
    .from(scorecardVersions)
    .where(eq(scorecardVersions.scorecardId, scorecardId))
    .orderBy(asc(scorecardVersions.version));
}

/** Whether the application's debrief is open. */
export async function debriefOpen(db: Conn, applicationId: string): Promise<boolean> {
  return (await openDebriefs(db, [applicationId])).has(applicationId);
}

/** Which of these applications have their debrief open. */
export async function openDebriefs(db: Conn, applicationIds: string[]): Promise<Set<string>> {
  if (applicationIds.length === 0) return new Set();
  const rows = await db
    .select({ id: debriefs.applicationId })
    .from(debriefs)
    .where(inArray(debriefs.applicationId, applicationIds));
  return new Set(rows.map((r) => r.id));
}

/** Open the debrief (idempotent). */
export async function openDebrief(
  db: Conn,
  v: { applicationId: string; orgId: string; by: string; at: Date },
): Promise<void> {
  await db
    .insert(debriefs)
    .values({ applicationId: v.applicationId, orgId: v.orgId, openedBy: v.by, openedAt: v.at })
    .onConflictDoNothing();
  // An open debrief makes every interview of the application visible to the reports.
  await refreshApplicationSummaries(db, v.applicationId);
}

/** Record a decision. */
export async function insertDecision(db: Conn, v: typeof decisions.$inferInsert): Promise<string> {
  const [row] = await db.insert(decisions).values(v).returning({ id: decisions.id });
  if (!row) throw new Error('insert decision returned nothing');
  return row.id;
}

/** Decisions of an application, oldest first, with who decided. */
export async function decisionsOf(db: Conn, orgId: string, applicationId: string): Promise<DecisionRow[]> {
  return decisionsOfApplications(db, orgId, [applicationId]);
}

/** Decisions on some applications, oldest first, with who decided. */
export async function decisionsOfApplications(
  db: Conn,
  orgId: string,
  applicationIds: string[],
): Promise<DecisionRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      orgId: decisions.orgId,
      applicationId: decisions.applicationId,
      outcome: decisions.outcome,
      rationale: decisions.rationale,
      dissent: decisions.dissent,
      scorecardIds: decisions.scorecardIds,
      decidedBy: decisions.decidedBy,
      decidedAt: decisions.decidedAt,
      decidedByName: users.name,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedBy))
    .where(and(eq(decisions.orgId, orgId), inArray(decisions.applicationId, applicationIds)))
    .orderBy(asc(decisions.decidedAt));
}
