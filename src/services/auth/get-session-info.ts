import { findMember, findOrg } from '../../db/repos/org-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TSessionInfo } from '../../shared/schemas/auth.js';
import type { Actor, Deps } from '../context.js';

/** Who the caller is, in which organisation, with which role (and the CSRF token for the page). */
export async function getSessionInfo(deps: Deps, actor: Actor): Promise<TSessionInfo> {
  const [member, org] = await Promise.all([
    findMember(deps.db, actor.orgId, actor.userId),
    findOrg(deps.db, actor.orgId),
  ]);
  if (!member || !org) throw new AppError('unauthenticated', 'sign in again');
  return {
    user: { id: member.id, email: member.email, name: member.name },
    organisation: { id: org.id, name: org.name },
    role: actor.role,
    csrfToken: actor.csrfToken ?? null,
  };
}
