import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/vocabulary.js';
import type { Db, Tx } from '../client.js';
import { apiTokens, memberships, sessions } from '../schema.js';
import type { ApiTokenRow, SessionRow } from './session-repo.js';

type Conn = Db | Tx;

/**
 * A live session and the current role of its user in the session's organisation, in one
 * round trip (every signed-in request starts here). No row when the session expired or the
 * membership is gone, exactly as reading them one after the other would decide.
 */
export async function findLiveSessionWithRole(
  db: Conn,
  id: string,
  now: Date,
): Promise<{ session: SessionRow; role: Role } | undefined> {
  const [row] = await db
    .select({ session: sessions, role: memberships.role })
    .from(sessions)
    .innerJoin(memberships, and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/** An unrevoked API token and its user's current role in the token's organisation, in one round trip. */
export async function findActiveTokenWithRole(
  db: Conn,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; role: Role } | undefined> {
  const [row] = await db
    .select({ token: apiTokens, role: memberships.role })
    .from(apiTokens)
    .innerJoin(memberships, and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}
