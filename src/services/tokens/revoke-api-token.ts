import { appendAudit } from '../../db/repos/audit-repo.js';
import { revokeToken } from '../../db/repos/session-repo.js';
import { AppError } from '../../shared/errors.js';
import { forgetCredentials } from '../auth/credential-cache.js';
import type { Actor, Deps } from '../context.js';

/** Revoke one of the caller's tokens; someone else's token is simply not found. */
export async function revokeApiToken(deps: Deps, actor: Actor, tokenId: string): Promise<void> {
  const done = await revokeToken(deps.db, { orgId: actor.orgId, userId: actor.userId, id: tokenId, at: deps.now() });
  if (!done) throw new AppError('not_found', 'no such active token');
  // Other nodes hear of it from the database; this one forgets before it answers.
  forgetCredentials(deps.db);
  await appendAudit(deps.db, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'token.revoked',
    targetType: 'api_token',
    targetId: tokenId,
  });
}
