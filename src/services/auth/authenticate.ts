import { findActiveTokenWithRole, findLiveSessionWithRole } from '../../db/repos/caller-repo.js';
import { touchToken } from '../../db/repos/session-repo.js';
import type { Actor, Deps } from '../context.js';
import { sha256 } from './secrets.js';

/** Personal API tokens start with this, so a leaked one is easy to recognise and scan for. */
export const TOKEN_PREFIX = 'clp_';

/**
 * Resolve a session cookie to an actor. The role is read from the membership on every
 * request (joined in the same query) so a role change or removal takes effect at once.
 */
export async function actorFromSession(deps: Deps, sessionToken: string): Promise<Actor | undefined> {
  const found = await findLiveSessionWithRole(deps.db, sha256(sessionToken), deps.now());
  if (!found) return undefined;
  const { session, role } = found;
  return {
    userId: session.userId,
    orgId: session.orgId,
    role,
    via: 'session',
    csrfToken: session.csrfToken,
    sessionId: session.id,
  };
}

/** Resolve a bearer token to an actor; revoked or unknown tokens resolve to nothing. */
export async function actorFromToken(deps: Deps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const found = await findActiveTokenWithRole(deps.db, sha256(token));
  if (!found) return undefined;
  const { token: row, role } = found;
  const now = deps.now();
  // Only write when stale, so a busy token does not turn every read into a write.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await touchToken(deps.db, row.id, now);
  return { userId: row.userId, orgId: row.orgId, role, via: 'token' };
}
