import type { Db, Tx } from '../../db/client.js';
import { findMember } from '../../db/repos/org-repo.js';
import { findRole, type RoleRow } from '../../db/repos/role-repo.js';
import { AppError } from '../../shared/errors.js';

/** Roles that set up hiring: create roles, edit loops, add candidates, schedule interviews. */
export const HIRING_EDITORS = ['admin', 'hiring_manager', 'recruiter'] as const;

/** A role of the caller's organisation, or 404 (another organisation's id is simply not found). */
export async function requireRoleRow(db: Db | Tx, orgId: string, roleId: string): Promise<RoleRow> {
  const role = await findRole(db, orgId, roleId);
  if (!role) throw new AppError('not_found', 'no such role');
  return role;
}

/** Check that every user id is a member of the organisation (with one of the roles, when given). */
export async function requireMembers(
  db: Db | Tx,
  orgId: string,
  userIds: readonly string[],
  field: string,
  roles?: readonly string[],
): Promise<void> {
  for (const id of new Set(userIds)) {
    const member = await findMember(db, orgId, id);
    if (!member || (roles && !roles.includes(member.role))) {
      throw new AppError(
        'validation_failed',
        `${field}: ${id} is not ${roles ? `a ${roles.join(' or ')} in` : 'a member of'} this organisation`,
        {
          details: [{ path: field, message: 'is not a member who can take this part' }],
        },
      );
    }
  }
}
