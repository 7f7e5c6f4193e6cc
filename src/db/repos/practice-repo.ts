import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { practiceAnswers, practiceProfiles, practiceRounds } from '../schema-practice.js';

type Conn = Db | Tx;

export type ProfileRow = typeof practiceProfiles.$inferSelect;
export type RoundRow = typeof practiceRounds.$inferSelect;
export type AnswerRow = typeof practiceAnswers.$inferSelect;

/** The profile of a user, created on first use. */
export async function profileOfUser(db: Conn, userId: string): Promise<ProfileRow> {
  await db.insert(practiceProfiles).values({ userId }).onConflictDoNothing();
  const [row] = await db.select().from(practiceProfiles).where(eq(practiceProfiles.userId, userId));
  if (!row) throw new Error('practice profile missing after insert');
  return row;
}

/** A local profile by the hash of its secret. */
export async function profileBySecret(db: Conn, secretHash: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(practiceProfiles).where(eq(practiceProfiles.secretHash, secretHash));
  return row;
}

/** Create a local profile. */
export async function insertLocalProfile(
  db: Conn,
  secretHash: string,
  targetLevel: ProfileRow['targetLevel'],
): Promise<ProfileRow> {
  const [row] = await db.insert(practiceProfiles).values({ secretHash, targetLevel }).returning();
  if (!row) throw new Error('insert profile returned nothing');
  return row;
}

/** Change a profile's target level or interview date. */
export async function updateProfile(
  db: Conn,
  id: string,
  set: Partial<Pick<ProfileRow, 'targetLevel' | 'interviewDate'>>,
): Promise<ProfileRow | undefined> {
  if (Object.keys(set).length === 0) {
    const [row] = await db.select().from(practiceProfiles).where(eq(practiceProfiles.id, id));
    return row;
  }
  const [row] = await db.update(practiceProfiles).set(set).where(eq(practiceProfiles.id, id)).returning();
  return row;
}

/** Store a new round and an empty answer per question, so autosave always has a row. */
export async function insertRound(db: Conn, v: typeof practiceRounds.$inferInsert): Promise<RoundRow> {
  const [row] = await db.insert(practiceRounds).values(v).returning();
  if (!row) throw new Error('insert round returned nothing');
  if (row.questions.length)
    await db.insert(practiceAnswers).values(row.questions.map((q) => ({ roundId: row.id, questionId: q.id })));
  return row;
}

/** One of the profile's rounds. */
export async function findRound(db: Conn, profileId: string, id: string): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(practiceRounds)
    .where(and(eq(practiceRounds.profileId, profileId), eq(practiceRounds.id, id)));
  return row;
}

/** Answers of a round. */
export async function answersOfRound(db: Conn, roundId: string): Promise<AnswerRow[]> {
  return db.select().from(practiceAnswers).where(eq(practiceAnswers.roundId, roundId));
}

/** Update one answer of a round. */
export async function updateAnswer(
  db: Conn,
  roundId: string,
  questionId: string,
  set: Partial<typeof practiceAnswers.$inferInsert>,
): Promise<AnswerRow | undefined> {
  const [row] = await db
    .update(practiceAnswers)
    .set(set)
    .where(and(eq(practiceAnswers.roundId, roundId), eq(practiceAnswers.questionId, questionId)))
    .returning();
  return row;
}

/** Every graded answer of a profile, oldest first, with the round it belongs to. */
export async function gradedAnswersOfProfile(
  db: Conn,
  profileId: string,
): Promise<(AnswerRow & { roundCreatedAt: Date })[]> {
  const rows = await db
    .select({ a: practiceAnswers, roundCreatedAt: practiceRounds.createdAt })
    .from(practiceAnswers)
    .innerJoin(practiceRounds, eq(practiceRounds.id, practiceAnswers.roundId))
    .where(and(eq(practiceRounds.profileId, profileId), isNotNull(practiceAnswers.grade)))
    .orderBy(asc(practiceRounds.createdAt), asc(practiceAnswers.submittedAt));
  return rows.map((r) => ({ ...r.a, roundCreatedAt: r.roundCreatedAt }));
}

/** Rounds of a profile, newest first. */
export async function roundsOfProfile(db: Conn, profileId: string): Promise<RoundRow[]> {
  return db
    .select()
    .from(practiceRounds)
    .where(eq(practiceRounds.profileId, profileId))
    .orderBy(asc(practiceRounds.createdAt));
}
