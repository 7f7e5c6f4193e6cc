import { listTokens } from '../../db/repos/session-repo.js';
import type { Actor, Deps } from '../context.js';
import { tokenView } from './token-view.js';

/** The caller's own tokens in their current organisation. */
export async function listApiTokens(deps: Deps, actor: Actor) {
  const rows = await listTokens(deps.db, actor.orgId, actor.userId);
  return rows.map(tokenView);
}
