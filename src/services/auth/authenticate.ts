import { findMembership } from '../../db/repos/org-repo.js';
import { findActiveTokenByHash, findLiveSession, touchToken } from '../../db/repos/session-repo.js';
import type { Actor, Deps } from '../context.js';
import { sha256 } from './secrets.js';

/** Personal API tokens start with this, so a leaked one is easy to recognise and scan for. */
export const TOKEN_PREFIX = 'clp_';

/**
 * Resolve a session cookie to an actor. The role is read from the membership on every
 * request so a role change or removal takes effect at once.
 */
export async function actorFromSession(deps: Deps, sessionToken: string): Promise<Actor | undefined> {
  const session = await findLiveSession(deps.db, sha256(sessionToken), deps.now());
  if (!session) return undefined;
  const membership = await findMembership(deps.db, session.orgId, session.userId);
  if (!membership) return undefined;
  return {
    userId: session.userId,
    orgId: session.orgId,
    role: membership.role,
    via: 'session',
    csrfToken: session.csrfToken,
    sessionId: session.id,
  };
}

/** Resolve a bearer token to an actor; revoked or unknown tokens resolve to nothing. */
export async function actorFromToken(deps: Deps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await findActiveTokenByHash(deps.db, sha256(token));
  if (!row) return undefined;
  const membership = await findMembership(deps.db, row.orgId, row.userId);
  if (!membership) return undefined;
  const now = deps.now();
  // Only write when stale, so a busy token does not turn every read into a write.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await touchToken(deps.db, row.id, now);
  return { userId: row.userId, orgId: row.orgId, role: membership.role, via: 'token' };
}
