import type { Db, Tx } from '../../db/client.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { findMembership, findUserByEmail, insertMembership, insertUser } from '../../db/repos/org-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TCreateMember, TMember } from '../../shared/schemas/auth.js';
import { hashPassword } from '../auth/secrets.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/**
 * Put a person into an organisation: create the user if the email is new, then the
 * membership. An existing user keeps their own password.
 */
export async function insertMember(db: Db | Tx, orgId: string, input: TCreateMember): Promise<TMember> {
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, input.email);
  const user = existing ?? (await insertUser(db, { email: input.email, name: input.name, passwordHash }));
  if (existing && (await findMembership(db, orgId, existing.id))) {
    throw new AppError('conflict', `${input.email} is already a member of this organisation`);
  }
  await insertMembership(db, { orgId, userId: user.id, role: input.role });
  return { id: user.id, email: user.email, name: user.name, role: input.role, createdAt: new Date().toISOString() };
}

/** An admin adds a member with a role. */
export async function addMember(deps: Deps, actor: Actor, input: TCreateMember): Promise<TMember> {
  requireRole(actor, ['admin']);
  return deps.db.transaction(async (tx) => {
    const member = await insertMember(tx, actor.orgId, input);
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'member.added',
      targetType: 'user',
      targetId: member.id,
      payload: { role: input.role },
    });
    return member;
  });
}
