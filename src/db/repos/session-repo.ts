import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { apiTokens, sessions } from '../schema.js';

type Conn = Db | Tx;

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Store a session (id is the hash of the cookie value). */
export async function insertSession(db: Conn, v: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(v);
}

/** A live (unexpired) session by hashed id. */
export async function findLiveSession(db: Conn, id: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/** Delete one session (sign-out). */
export async function deleteSession(db: Conn, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Store an API token (hashed). */
export async function insertApiToken(db: Conn, v: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(v).returning();
  if (!row) throw new Error('insert api token returned nothing');
  return row;
}

/** A token that has not been revoked, by hash. */
export async function findActiveTokenByHash(db: Conn, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

/** Record when a token was last used (best effort, for the token list). */
export async function touchToken(db: Conn, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/** The caller's own tokens in their organisation, revoked ones included (they show as revoked). */
export async function listTokens(db: Conn, orgId: string, userId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)))
    .orderBy(apiTokens.createdAt);
}

/** Revoke one of the caller's tokens; returns false when no such token is theirs. */
export async function revokeToken(
  db: Conn,
  v: { orgId: string; userId: string; id: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: v.at })
    .where(
      and(
        eq(apiTokens.id, v.id),
        eq(apiTokens.orgId, v.orgId),
        eq(apiTokens.userId, v.userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
