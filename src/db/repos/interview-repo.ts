import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { users } from '../schema.js';
import { applications, candidates, interviewInterviewers, interviews, roles } from '../schema-panel.js';
import { refreshReportSummaries } from './report-summary-repo.js';

type Conn = Db | Tx;

export type InterviewRow = typeof interviews.$inferSelect;

/** An interview with the names its views show. */
export interface InterviewView extends Omit<InterviewRow, 'scoresVisible'> {
  candidateId: string;
  candidateName: string;
  roleId: string;
  roleTitle: string;
  roleLevel: 'junior' | 'mid' | 'senior' | 'staff';
}

function viewQuery(db: Conn) {
  return db
    .select({
      id: interviews.id,
      orgId: interviews.orgId,
      applicationId: interviews.applicationId,
      loopVersionId: interviews.loopVersionId,
      stageKey: interviews.stageKey,
      scheduledAt: interviews.scheduledAt,
      status: interviews.status,
      completedAt: interviews.completedAt,
      createdAt: interviews.createdAt,
      candidateId: candidates.id,
      candidateName: candidates.name,
      roleId: roles.id,
      roleTitle: roles.title,
      roleLevel: roles.level,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(roles, eq(roles.id, applications.roleId));
}

/** Insert an interview and its interviewers. */
export async function insertInterview(
  db: Conn,
  v: typeof interviews.$inferInsert,
  interviewerIds: string[],
): Promise<InterviewRow> {
  const [row] = await db.insert(interviews).values(v).returning();
  if (!row) throw new Error('insert interview returned nothing');
  await db
    .insert(interviewInterviewers)
    .values(interviewerIds.map((userId) => ({ interviewId: row.id, userId, orgId: v.orgId })));
  // Visible from the start when the application's debrief is already open.
  await refreshReportSummaries(db, [row.id]);
  return row;
}

/** One interview of an organisation. */
export async function findInterview(db: Conn, orgId: string, id: string): Promise<InterviewView | undefined> {
  const [row] = await viewQuery(db).where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
  return row;
}

/** Interviews of an organisation, optionally only those a user sits on, or one role's. */
export async function listInterviews(
  db: Conn,
  orgId: string,
  opts: { interviewerId?: string; roleId?: string },
): Promise<InterviewView[]> {
  const conditions = [eq(interviews.orgId, orgId)];
  if (opts.roleId) conditions.push(eq(roles.id, opts.roleId));
  if (opts.interviewerId) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(interviewInterviewers)
          .where(
            and(
              eq(interviewInterviewers.interviewId, interviews.id),
              eq(interviewInterviewers.userId, opts.interviewerId),
            ),
          ),
      ),
    );
  }
  return viewQuery(db)
    .where(and(...conditions))
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
}

/** Interviewers of many interviews, with names. */
export async function interviewersOf(
  db: Conn,
  interviewIds: string[],
): Promise<{ interviewId: string; id: string; name: string }[]> {
  if (interviewIds.length === 0) return [];
  return db
    .select({ interviewId: interviewInterviewers.interviewId, id: users.id, name: users.name })
    .from(interviewInterviewers)
    .innerJoin(users, eq(users.id, interviewInterviewers.userId))
    .where(inArray(interviewInterviewers.interviewId, interviewIds))
    .orderBy(asc(users.name));
}

/** Stage keys of a loop version at which some candidate has been interviewed (locked stages). */
export async function heldStages(db: Conn, loopVersionId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ stageKey: interviews.stageKey })
    .from(interviews)
    .where(and(eq(interviews.loopVersionId, loopVersionId), eq(interviews.status, 'completed')));
  return new Set(rows.map((r) => r.stageKey));
}

/** Mark an interview held. */
export async function completeInterview(db: Conn, orgId: string, id: string, at: Date): Promise<void> {
  await db
    .update(interviews)
    .set({ status: 'completed', completedAt: at })
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
}

/** Interviews of one application. */
export async function interviewsOfApplication(
  db: Conn,
  orgId: string,
  applicationId: string,
): Promise<InterviewView[]> {
  return viewQuery(db)
    .where(and(eq(interviews.orgId, orgId), eq(interviews.applicationId, applicationId)))
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
}
