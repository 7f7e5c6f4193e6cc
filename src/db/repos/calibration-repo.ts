import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { memberships, users } from '../schema.js';
import { type CalibrationMaterial, calibrationScores, calibrationSessions } from '../schema-analytics.js';

type Conn = Db | Tx;

export type CalibrationSessionRow = typeof calibrationSessions.$inferSelect;

/** A session with how many were invited and how many have scored. */
export interface CalibrationSessionListRow extends CalibrationSessionRow {
  participantCount: number;
  submittedCount: number;
}

/** An invited panellist, with their scores once submitted. */
export interface CalibrationParticipantRow {
  userId: string;
  name: string;
  scores: Record<string, number> | null;
  submittedAt: Date | null;
}

/** Insert a session and invite its participants, in the caller's transaction. */
export async function insertCalibrationSession(
  db: Conn,
  v: {
    orgId: string;
    title: string;
    sourceInterviewId: string | null;
    dimensions: string[];
    material: CalibrationMaterial;
    referenceScores: Record<string, number>;
    createdBy: string;
    at: Date;
  },
  participantIds: string[],
): Promise<CalibrationSessionRow> {
  const [row] = await db
    .insert(calibrationSessions)
    .values({
      orgId: v.orgId,
      title: v.title,
      sourceInterviewId: v.sourceInterviewId,
      dimensions: v.dimensions,
      material: v.material,
      referenceScores: v.referenceScores,
      createdBy: v.createdBy,
      createdAt: v.at,
    })
    .returning();
  if (!row) throw new Error('insert calibration session returned nothing');
  await db
    .insert(calibrationScores)
    .values(participantIds.map((userId) => ({ sessionId: row.id, userId, orgId: v.orgId })));
  return row;
}

/** One session of an organisation. */
export async function findCalibrationSession(
  db: Conn,
  orgId: string,
  id: string,
): Promise<CalibrationSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(calibrationSessions)
    .where(and(eq(calibrationSessions.orgId, orgId), eq(calibrationSessions.id, id)));
  return row;
}

/** Sessions of an organisation, newest first; only those a user is invited to when `participantId` is given. */
export async function listCalibrationSessions(
  db: Conn,
  orgId: string,
  opts: { participantId?: string },
): Promise<CalibrationSessionListRow[]> {
  const conditions = [eq(calibrationSessions.orgId, orgId)];
  if (opts.participantId) {
    conditions.push(
      sql`exists (select 1 from ${calibrationScores} where ${calibrationScores.sessionId} = ${calibrationSessions.id} and ${calibrationScores.userId} = ${opts.participantId})`,
    );
  }
  return db
    .select({
      id: calibrationSessions.id,
      orgId: calibrationSessions.orgId,
      title: calibrationSessions.title,
      sourceInterviewId: calibrationSessions.sourceInterviewId,
      dimensions: calibrationSessions.dimensions,
      material: calibrationSessions.material,
      referenceScores: calibrationSessions.referenceScores,
      status: calibrationSessions.status,
      createdBy: calibrationSessions.createdBy,
      createdAt: calibrationSessions.createdAt,
      closedAt: calibrationSessions.closedAt,
      participantCount: sql<number>`(select count(*)::int from ${calibrationScores} where ${calibrationScores.sessionId} = ${calibrationSessions.id})`,
      submittedCount: sql<number>`(select count(*)::int from ${calibrationScores} where ${calibrationScores.sessionId} = ${calibrationSessions.id} and ${calibrationScores.submittedAt} is not null)`,
    })
    .from(calibrationSessions)
    .where(and(...conditions))
    .orderBy(desc(calibrationSessions.createdAt), asc(calibrationSessions.id))
    .limit(500);
}

/** The invited panellists of a session, by name. */
export async function participantsOf(db: Conn, sessionId: string): Promise<CalibrationParticipantRow[]> {
  return db
    .select({
      userId: calibrationScores.userId,
      name: users.name,
      scores: calibrationScores.scores,
      submittedAt: calibrationScores.submittedAt,
    })
    .from(calibrationScores)
    .innerJoin(users, eq(users.id, calibrationScores.userId))
    .where(eq(calibrationScores.sessionId, sessionId))
    .orderBy(asc(users.name), asc(users.id));
}

/**
 * Record a participant's scores once: only while they have not submitted (a concurrent second
 * submission finds nothing to update). Returns whether this call recorded them.
 */
export async function recordCalibrationScores(
  db: Conn,
  v: { sessionId: string; userId: string; scores: Record<string, number>; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(calibrationScores)
    .set({ scores: v.scores, submittedAt: v.at })
    .where(
      and(
        eq(calibrationScores.sessionId, v.sessionId),
        eq(calibrationScores.userId, v.userId),
        isNull(calibrationScores.submittedAt),
      ),
    )
    .returning({ userId: calibrationScores.userId });
  return rows.length > 0;
}

/** Close an open session; returns whether it was open. */
export async function closeCalibrationSession(db: Conn, orgId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(calibrationSessions)
    .set({ status: 'closed', closedAt: at })
    .where(
      and(eq(calibrationSessions.orgId, orgId), eq(calibrationSessions.id, id), eq(calibrationSessions.status, 'open')),
    )
    .returning({ id: calibrationSessions.id });
  return rows.length > 0;
}

/** Which of these users are members of the organisation. */
export async function membersAmong(db: Conn, orgId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, userIds)));
  return new Set(rows.map((r) => r.userId));
}

/** A user's own rows in some sessions (whether they were invited and have scored). */
export async function ownRowsIn(
  db: Conn,
  userId: string,
  sessionIds: string[],
): Promise<Map<string, { scores: Record<string, number> | null; submittedAt: Date | null }>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({
      sessionId: calibrationScores.sessionId,
      scores: calibrationScores.scores,
      submittedAt: calibrationScores.submittedAt,
    })
    .from(calibrationScores)
    .where(and(eq(calibrationScores.userId, userId), inArray(calibrationScores.sessionId, sessionIds)));
  return new Map(rows.map((r) => [r.sessionId, { scores: r.scores, submittedAt: r.submittedAt }]));
}
