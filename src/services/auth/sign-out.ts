import { appendAudit } from '../../db/repos/audit-repo.js';
import { deleteSession } from '../../db/repos/session-repo.js';
import type { Actor, Deps } from '../context.js';
import { forgetCredentials } from './credential-cache.js';

/** End the caller's browser session. A token caller has no session to end. */
export async function signOut(deps: Deps, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await deleteSession(deps.db, actor.sessionId);
  // Other nodes hear of it from the database; this one forgets before it answers.
  forgetCredentials(deps.db);
  await appendAudit(deps.db, { orgId: actor.orgId, actorUserId: actor.userId, action: 'auth.sign_out' });
}
