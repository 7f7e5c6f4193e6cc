import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { candidateDemographics, candidates } from '../schema-panel.js';
import { changeDemographics } from './fairness-totals-repo.js';

type Conn = Db | Tx;

export type CandidateRow = typeof candidates.$inferSelect;

/** Insert a candidate. */
export async function insertCandidate(db: Conn, v: typeof candidates.$inferInsert): Promise<CandidateRow> {
  const [row] = await db.insert(candidates).values(v).returning();
  if (!row) throw new Error('insert candidate returned nothing');
  return row;
}

/** One candidate of an organisation. */
export async function findCandidate(db: Conn, orgId: string, id: string): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.orgId, orgId), eq(candidates.id, id)));
  return row;
}

/** Candidates of an organisation ordered by id, after an optional cursor. */
export async function listCandidates(
  db: Conn,
  orgId: string,
  opts: { after?: string; limit: number },
): Promise<CandidateRow[]> {
  // Erased people are gone from every list; their rows stay only for anonymous counts.
  const live = and(eq(candidates.orgId, orgId), isNull(candidates.erasedAt));
  const where = opts.after ? and(live, gt(candidates.id, opts.after)) : live;
  return db.select().from(candidates).where(where).orderBy(asc(candidates.id)).limit(opts.limit);
}

/** Store (or replace) a candidate's voluntary self-identification, moving their fairness totals. */
export async function upsertDemographics(
  db: Conn,
  v: { candidateId: string; orgId: string; data: Record<string, string>; at: Date },
): Promise<void> {
  await changeDemographics(db, v.candidateId, async (tx) => {
    await tx
      .insert(candidateDemographics)
      .values({ candidateId: v.candidateId, orgId: v.orgId, data: v.data, consentedAt: v.at, updatedAt: v.at })
      .onConflictDoUpdate({ target: candidateDemographics.candidateId, set: { data: v.data, updatedAt: v.at } });
  });
}

/** A candidate's self-identification, if they gave any. */
export async function findDemographics(db: Conn, orgId: string, candidateId: string) {
  const [row] = await db
    .select()
    .from(candidateDemographics)
    .where(and(eq(candidateDemographics.orgId, orgId), eq(candidateDemographics.candidateId, candidateId)));
  return row;
}
