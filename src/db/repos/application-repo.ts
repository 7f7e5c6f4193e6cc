import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { applications, candidates, loopVersions, roles } from '../schema-panel.js';
import { countOpenedApplication } from './fairness-totals-repo.js';
import { changeApplicationOutcome } from './report-summary-repo.js';

type Conn = Db | Tx;

export type ApplicationRow = typeof applications.$inferSelect;

/** An application with what its views need: the role title and the loop version number. */
export interface ApplicationView extends ApplicationRow {
  roleTitle: string;
  loopVersion: number;
  candidateName: string;
}

const viewColumns = {
  id: applications.id,
  orgId: applications.orgId,
  candidateId: applications.candidateId,
  roleId: applications.roleId,
  loopVersionId: applications.loopVersionId,
  stageKey: applications.stageKey,
  status: applications.status,
  accommodations: applications.accommodations,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  roleTitle: roles.title,
  loopVersion: loopVersions.version,
  candidateName: candidates.name,
};

function viewQuery(db: Conn) {
  return db
    .select(viewColumns)
    .from(applications)
    .innerJoin(roles, eq(roles.id, applications.roleId))
    .innerJoin(loopVersions, eq(loopVersions.id, applications.loopVersionId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId));
}

/** Insert an application, counting it in the fairness totals. */
export async function insertApplication(db: Conn, v: typeof applications.$inferInsert): Promise<ApplicationRow> {
  const [row] = await db.insert(applications).values(v).returning();
  if (!row) throw new Error('insert application returned nothing');
  await countOpenedApplication(db, row.id);
  return row;
}

/** One application of an organisation, with its view fields. */
export async function findApplication(db: Conn, orgId: string, id: string): Promise<ApplicationView | undefined> {
  const [row] = await viewQuery(db).where(and(eq(applications.orgId, orgId), eq(applications.id, id)));
  return row;
}

/** A candidate's applications. */
export async function applicationsOfCandidate(
  db: Conn,
  orgId: string,
  candidateId: string,
): Promise<ApplicationView[]> {
  return viewQuery(db)
    .where(and(eq(applications.orgId, orgId), eq(applications.candidateId, candidateId)))
    .orderBy(asc(applications.createdAt));
}

/** A role's applications (for the pipeline board). */
export async function applicationsOfRole(db: Conn, orgId: string, roleId: string): Promise<ApplicationView[]> {
  return viewQuery(db)
    .where(and(eq(applications.orgId, orgId), eq(applications.roleId, roleId)))
    .orderBy(asc(candidates.name), asc(applications.id));
}

/** Applications of many candidates at once. */
export async function applicationsOfCandidates(
  db: Conn,
  orgId: string,
  candidateIds: string[],
): Promise<ApplicationView[]> {
  if (candidateIds.length === 0) return [];
  return viewQuery(db)
    .where(and(eq(applications.orgId, orgId), inArray(applications.candidateId, candidateIds)))
    .orderBy(asc(applications.createdAt));
}

/** Update an application's stage, status or accommodations. */
export async function updateApplication(
  db: Conn,
  orgId: string,
  id: string,
  set: Partial<Pick<ApplicationRow, 'stageKey' | 'status' | 'accommodations' | 'updatedAt'>>,
): Promise<void> {
  const update = (conn: Conn) =>
    conn
      .update(applications)
      .set(set)
      .where(and(eq(applications.orgId, orgId), eq(applications.id, id)));
  // The question-quality totals are keyed by stage and status.
  if (set.stageKey !== undefined || set.status !== undefined) {
    await changeApplicationOutcome(db, id, async (tx) => {
      await update(tx);
    });
  } else await update(db);
}
