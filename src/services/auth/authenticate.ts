import { findActiveTokenWithRole, findLiveSessionWithRole } from '../../db/repos/caller-repo.js';
import { touchToken } from '../../db/repos/session-repo.js';
import type { Actor, Deps } from '../context.js';
import { cachedCredential, credentialGeneration, rememberCredential } from './credential-cache.js';
import { sha256 } from './secrets.js';

/** Personal API tokens start with this, so a leaked one is easy to recognise and scan for. */
export const TOKEN_PREFIX = 'clp_';

/** How stale a token's "last used" may get before it is written again. */
const TOUCH_EVERY_MS = 60_000;

/** Mark a token used, only when its mark is stale, so a busy token does not turn every read into a write. */
async function touchIfStale(deps: Deps, id: string, lastUsedAt: number | undefined, now: Date): Promise<number> {
  if (lastUsedAt && now.getTime() - lastUsedAt <= TOUCH_EVERY_MS) return lastUsedAt;
  await touchToken(deps.db, id, now);
  return now.getTime();
}

/**
 * Resolve a session cookie to an actor. The role is read from the membership (joined in the
 * same query); the answer is kept in memory only while every change to sessions and memberships
 * reaches this node (credential-cache.ts), so a sign-out, a role change or a removal takes
 * effect at once.
 */
export async function actorFromSession(deps: Deps, sessionToken: string): Promise<Actor | undefined> {
  const id = sha256(sessionToken);
  const key = `session:${id}`;
  const now = deps.now().getTime();
  const hit = cachedCredential(deps.db, key, now);
  if (hit) return hit.actor;
  const generation = credentialGeneration(deps.db);
  const found = await findLiveSessionWithRole(deps.db, id, deps.now());
  if (!found) return undefined;
  const { session, role } = found;
  const actor: Actor = Object.freeze({
    userId: session.userId,
    orgId: session.orgId,
    role,
    via: 'session',
    csrfToken: session.csrfToken,
    sessionId: session.id,
  });
  rememberCredential(deps.db, key, { actor, expiresAt: session.expiresAt.getTime() }, now, generation);
  return actor;
}

/** Resolve a bearer token to an actor; revoked or unknown tokens resolve to nothing. */
export async function actorFromToken(deps: Deps, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const hash = sha256(token);
  const key = `token:${hash}`;
  const now = deps.now();
  const hit = cachedCredential(deps.db, key, now.getTime());
  if (hit?.token) {
    hit.token.lastUsedAt = await touchIfStale(deps, hit.token.id, hit.token.lastUsedAt, now);
    return hit.actor;
  }
  const generation = credentialGeneration(deps.db);
  const found = await findActiveTokenWithRole(deps.db, hash);
  if (!found) return undefined;
  const { token: row, role } = found;
  const lastUsedAt = await touchIfStale(deps, row.id, row.lastUsedAt?.getTime(), now);
  const actor: Actor = Object.freeze({ userId: row.userId, orgId: row.orgId, role, via: 'token' });
  rememberCredential(
    deps.db,
    key,
    { actor, expiresAt: undefined, token: { id: row.id, lastUsedAt } },
    now.getTime(),
    generation,
  );
  return actor;
}
