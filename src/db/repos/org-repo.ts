import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/vocabulary.js';
import type { Db, Tx } from '../client.js';
import { memberships, organisations, users } from '../schema.js';

type Conn = Db | Tx;

export type OrgRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** A user as seen inside one organisation. */
export interface MemberRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

/** Insert an organisation. */
export async function insertOrg(db: Conn, name: string): Promise<OrgRow> {
  const [row] = await db.insert(organisations).values({ name }).returning();
  if (!row) throw new Error('insert organisation returned nothing');
  return row;
}

/** Find an organisation by id. */
export async function findOrg(db: Conn, id: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Insert a user; the email must already be normalised. */
export async function insertUser(db: Conn, v: { email: string; name: string; passwordHash: string }): Promise<UserRow> {
  const [row] = await db.insert(users).values(v).returning();
  if (!row) throw new Error('insert user returned nothing');
  return row;
}

/** Find a user by normalised email. */
export async function findUserByEmail(db: Conn, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

/** Add a user to an organisation with a role. */
export async function insertMembership(db: Conn, v: { orgId: string; userId: string; role: Role }): Promise<void> {
  await db.insert(memberships).values(v);
}

/** The user's memberships, oldest first (the first is the default organisation at sign-in). */
export async function membershipsOfUser(db: Conn, userId: string): Promise<{ orgId: string; role: Role }[]> {
  return db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.orgId));
}

/** One membership, or undefined when the user is not in that organisation. */
export async function findMembership(db: Conn, orgId: string, userId: string): Promise<{ role: Role } | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row;
}

const memberColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: memberships.role,
  createdAt: memberships.createdAt,
};

/** Members of one organisation, ordered by user id, after an optional cursor. */
export async function listMembers(
  db: Conn,
  orgId: string,
  opts: { after?: string; limit: number },
): Promise<MemberRow[]> {
  const where = opts.after ? and(eq(memberships.orgId, orgId), gt(users.id, opts.after)) : eq(memberships.orgId, orgId);
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(asc(users.id))
    .limit(opts.limit);
}

/** One member of one organisation; another organisation's user is simply not found. */
export async function findMember(db: Conn, orgId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row;
}

/** How many organisations exist; zero means a brand-new installation. */
export async function countOrgs(db: Conn): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return row?.n ?? 0;
}

/** Every organisation, oldest first. */
export async function listOrgs(db: Conn): Promise<OrgRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.createdAt), asc(organisations.id));
}
