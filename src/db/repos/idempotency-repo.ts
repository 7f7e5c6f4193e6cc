import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { idempotencyKeys } from '../schema.js';

type Conn = Db | Tx;

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/** Find a stored key for a user. */
export async function findIdempotencyKey(db: Conn, userId: string, key: string): Promise<IdempotencyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

/**
 * Claim a key before running the request. Returns false when another request already
 * holds it (the primary key makes the claim atomic across API nodes).
 */
export async function claimIdempotencyKey(
  db: Conn,
  v: { userId: string; key: string; requestHash: string },
): Promise<boolean> {
  const rows = await db.insert(idempotencyKeys).values(v).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

/** Store the response of a completed request under its key. */
export async function completeIdempotencyKey(
  db: Conn,
  v: { userId: string; key: string; statusCode: number; responseBody: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode: v.statusCode, responseBody: v.responseBody })
    .where(and(eq(idempotencyKeys.userId, v.userId), eq(idempotencyKeys.key, v.key)));
}

/** Release an unfinished claim (the request failed), so the client may retry with the same key. */
export async function releaseIdempotencyKey(db: Conn, userId: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.statusCode)));
}
