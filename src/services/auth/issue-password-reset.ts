import { appendAudit } from '../../db/repos/audit-repo.js';
import { findMember, membershipsOfUser } from '../../db/repos/org-repo.js';
import { replacePasswordReset } from '../../db/repos/password-reset-repo.js';
import { AppError } from '../../shared/errors.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { randomSecret, sha256 } from './secrets.js';

/** How long a reset link works. */
export const PASSWORD_RESET_MINUTES = 60;

/** A freshly issued reset link's secret; shown once, only its hash is stored. */
export interface IssuedPasswordReset {
  token: string;
  expiresAt: Date;
}

/**
 * An admin issues a one-time password reset for a member of their organisation (there is no
 * email sending: the admin hands the link over). Issuing a new one voids the older unused ones.
 *
 * A password belongs to the person, not to one organisation, so an admin may not reset the
 * password of someone who is also a member elsewhere: that would hand them the other
 * organisation's account too.
 */
export async function issuePasswordReset(deps: Deps, actor: Actor, userId: string): Promise<IssuedPasswordReset> {
  requireRole(actor, ['admin']);
  const member = await findMember(deps.db, actor.orgId, userId);
  if (!member) throw new AppError('not_found', 'no such member in your organisation');
  const memberships = await membershipsOfUser(deps.db, userId);
  if (memberships.some((m) => m.orgId !== actor.orgId)) {
    throw new AppError(
      'conflict',
      'this person is also a member of another organisation, so their password is not yours to reset',
    );
  }
  const token = randomSecret(32);
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000);
  await deps.db.transaction(async (tx) => {
    await replacePasswordReset(tx, { tokenHash: sha256(token), userId, createdAt: now, expiresAt });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'member.password_reset_issued',
      targetType: 'user',
      targetId: userId,
      payload: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { token, expiresAt };
}
