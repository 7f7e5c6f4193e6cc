import { and, count, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { applications, loopVersions, roles, type StoredLoop } from '../schema-panel.js';

type Conn = Db | Tx;

export type RoleRow = typeof roles.$inferSelect;
export type LoopVersionRow = typeof loopVersions.$inferSelect;

/** Insert a role. */
export async function insertRole(db: Conn, v: typeof roles.$inferInsert): Promise<RoleRow> {
  const [row] = await db.insert(roles).values(v).returning();
  if (!row) throw new Error('insert role returned nothing');
  return row;
}

/** One role of an organisation. */
export async function findRole(db: Conn, orgId: string, id: string): Promise<RoleRow | undefined> {
  const [row] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, id)));
  return row;
}

/** Roles of an organisation, newest first, before an optional cursor (created_at, id). */
export async function listRoles(db: Conn, orgId: string, opts: { before?: Date; limit: number }): Promise<RoleRow[]> {
  const where = opts.before ? and(eq(roles.orgId, orgId), lt(roles.createdAt, opts.before)) : eq(roles.orgId, orgId);
  return db.select().from(roles).where(where).orderBy(desc(roles.createdAt), desc(roles.id)).limit(opts.limit);
}

/** Update a role's editable fields. */
export async function updateRole(
  db: Conn,
  orgId: string,
  id: string,
  set: Partial<typeof roles.$inferInsert>,
): Promise<RoleRow | undefined> {
  // Nothing to change is not an error: answer with the role as it is.
  if (Object.keys(set).length === 0) return findRole(db, orgId, id);
  const [row] = await db
    .update(roles)
    .set(set)
    .where(and(eq(roles.orgId, orgId), eq(roles.id, id)))
    .returning();
  return row;
}

/** How many applications a role has. */
export async function countApplications(db: Conn, roleId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(applications).where(eq(applications.roleId, roleId));
  return row?.n ?? 0;
}

/** Add a loop version. */
export async function insertLoopVersion(
  db: Conn,
  v: { orgId: string; roleId: string; version: number; content: StoredLoop; createdBy: string | null },
): Promise<LoopVersionRow> {
  const [row] = await db.insert(loopVersions).values(v).returning();
  if (!row) throw new Error('insert loop version returned nothing');
  return row;
}

/** Replace the content of a loop version that no candidate has been interviewed on yet. */
export async function replaceLoopContent(db: Conn, id: string, content: StoredLoop): Promise<void> {
  await db.update(loopVersions).set({ content }).where(eq(loopVersions.id, id));
}

/** The current (highest) loop version of a role. */
export async function currentLoop(db: Conn, roleId: string): Promise<LoopVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(loopVersions)
    .where(eq(loopVersions.roleId, roleId))
    .orderBy(desc(loopVersions.version))
    .limit(1);
  return row;
}

/** One loop version by id. */
export async function findLoopVersion(db: Conn, id: string): Promise<LoopVersionRow | undefined> {
  const [row] = await db.select().from(loopVersions).where(eq(loopVersions.id, id));
  return row;
}

/** Several loop versions by id. */
export async function findLoopVersions(db: Conn, ids: string[]): Promise<LoopVersionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(loopVersions).where(inArray(loopVersions.id, ids));
}
