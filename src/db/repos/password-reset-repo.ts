import { and, eq, gt, isNotNull, isNull, max } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { passwordResets, sessions, users } from '../schema.js';

type Conn = Db | Tx;

/**
 * Store a new reset link (its SHA-256 only) and drop the user's older unused ones, so only the
 * newest link an admin handed out works.
 */
export async function replacePasswordReset(
  db: Conn,
  v: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.delete(passwordResets).where(and(eq(passwordResets.userId, v.userId), isNull(passwordResets.usedAt)));
  await db.insert(passwordResets).values(v);
}

/** Whether a reset link is unused and unexpired (a cheap look before the slow password hash). */
export async function isUsablePasswordReset(db: Conn, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ userId: passwordResets.userId })
    .from(passwordResets)
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    );
  return row !== undefined;
}

/**
 * Use a reset link: mark it used if it is unused and unexpired, in one statement so two
 * concurrent uses cannot both succeed. Returns the user it belongs to, or undefined.
 */
export async function consumePasswordReset(db: Conn, tokenHash: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .returning({ userId: passwordResets.userId });
  return row?.userId;
}

/** When the user last set a password with a reset link, if ever. */
export async function lastPasswordResetAt(db: Conn, userId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: max(passwordResets.usedAt) })
    .from(passwordResets)
    .where(and(eq(passwordResets.userId, userId), isNotNull(passwordResets.usedAt)));
  return row?.at ?? undefined;
}

/** Replace a user's password hash. */
export async function setPasswordHash(db: Conn, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** End every browser session of a user, in all organisations; returns how many there were. */
export async function deleteSessionsOfUser(db: Conn, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}
