import { and, arrayContains, asc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { questions } from '../schema.js';

type Conn = Db | Tx;

export type QuestionRow = typeof questions.$inferSelect;
export type NewQuestionRow = Omit<typeof questions.$inferInsert, 'uid' | 'search' | 'createdAt'>;

/** Filters for listing questions visible to one organisation (or to anyone: built-in only). */
export interface QuestionFilter {
  orgId: string | null;
  category?: string;
  level?: string;
  topic?: string;
  q?: string;
  afterSlug?: string;
  limit: number;
}

/** Built-in questions, plus the organisation's own when there is one. */
function visibleTo(orgId: string | null): SQL | undefined {
  return orgId ? or(isNull(questions.orgId), eq(questions.orgId, orgId)) : isNull(questions.orgId);
}

/** Current, unretired questions matching the filter, ordered by slug. */
export async function listCurrentQuestions(db: Conn, f: QuestionFilter): Promise<QuestionRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(questions.isCurrent, true),
    isNull(questions.retiredAt),
    visibleTo(f.orgId),
  ];
  if (f.category) conditions.push(eq(questions.category, f.category));
  if (f.level) conditions.push(arrayContains(questions.levels, [f.level]));
  if (f.topic) conditions.push(arrayContains(questions.topics, [f.topic]));
  if (f.q) conditions.push(sql`${questions.search} @@ websearch_to_tsquery('english'::regconfig, ${f.q})`);
  if (f.afterSlug) conditions.push(gt(questions.slug, f.afterSlug));
  return db
    .select()
    .from(questions)
    .where(and(...conditions))
    .orderBy(asc(questions.slug))
    .limit(f.limit);
}

/** The current version of a question visible to the organisation. */
export async function findCurrentQuestion(
  db: Conn,
  orgId: string | null,
  slug: string,
): Promise<QuestionRow | undefined> {
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.slug, slug), eq(questions.isCurrent, true), visibleTo(orgId)))
    .limit(1);
  return row;
}

/** Current built-in rows keyed by slug, to compare with the shipped bank. */
export async function currentBuiltIns(db: Conn): Promise<Map<string, QuestionRow>> {
  const rows = await db
    .select()
    .from(questions)
    .where(and(isNull(questions.orgId), eq(questions.isCurrent, true)));
  return new Map(rows.map((r) => [r.slug, r]));
}

/** Insert a new version, marking the previous one as no longer current. */
export async function insertQuestionVersion(db: Conn, row: NewQuestionRow, previousUid?: string): Promise<QuestionRow> {
  if (previousUid) await db.update(questions).set({ isCurrent: false }).where(eq(questions.uid, previousUid));
  const [inserted] = await db.insert(questions).values(row).returning();
  if (!inserted) throw new Error('insert question returned nothing');
  return inserted;
}

/** Retire a question version (kept for the scorecards that used it). */
export async function retireQuestion(db: Conn, uid: string, at: Date): Promise<void> {
  await db.update(questions).set({ retiredAt: at }).where(eq(questions.uid, uid));
}

/** True when the slug is used by a built-in question or any version of the organisation's own. */
export async function slugTaken(db: Conn, orgId: string, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ uid: questions.uid })
    .from(questions)
    .where(and(eq(questions.slug, slug), visibleTo(orgId)))
    .limit(1);
  return row !== undefined;
}

/** The current version of one of the organisation's own questions (not built-in ones). */
export async function findOwnCurrentQuestion(db: Conn, orgId: string, slug: string): Promise<QuestionRow | undefined> {
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.slug, slug), eq(questions.orgId, orgId), eq(questions.isCurrent, true)))
    .limit(1);
  return row;
}

/** The organisation's own current, unretired questions, ordered by slug. */
export async function listOwnCurrentQuestions(db: Conn, orgId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.orgId, orgId), eq(questions.isCurrent, true), isNull(questions.retiredAt)))
    .orderBy(asc(questions.slug));
}

/** Every current, unretired question visible to an organisation (the composer's bank). */
export async function allVisibleCurrentQuestions(db: Conn, orgId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.isCurrent, true), isNull(questions.retiredAt), visibleTo(orgId)))
    .orderBy(asc(questions.slug));
}

/** Specific versions of questions visible to an organisation (what a loop pinned). */
export async function findQuestionVersions(db: Conn, orgId: string, slugs: string[]): Promise<QuestionRow[]> {
  if (slugs.length === 0) return [];
  return db
    .select()
    .from(questions)
    .where(and(inArray(questions.slug, slugs), visibleTo(orgId)));
}
