import { and, count, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../client.js';
import { loginAttempts } from '../schema.js';

type Conn = Db | Tx;

/** Record one sign-in attempt (`at` from the caller's clock, so the failure window uses one clock). */
export async function insertLoginAttempt(
  db: Conn,
  v: { email: string; ip: string; succeeded: boolean; at?: Date },
): Promise<void> {
  await db.insert(loginAttempts).values(v);
}

/** Failed attempts for an email since a moment. */
export async function countFailuresForEmail(db: Conn, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}
