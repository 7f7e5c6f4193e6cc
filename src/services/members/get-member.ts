import { findMember } from '../../db/repos/org-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TMember } from '../../shared/schemas/auth.js';
import type { Actor, Deps } from '../context.js';
import { memberView } from './member-view.js';

/** One member of the caller's organisation; anyone else is not found (no cross-organisation probing). */
export async function getMember(deps: Deps, actor: Actor, userId: string): Promise<TMember> {
  const row = await findMember(deps.db, actor.orgId, userId);
  if (!row) throw new AppError('not_found', 'no such member');
  return memberView(row);
}
