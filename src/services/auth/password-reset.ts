import { appendAudit } from '../../db/repos/audit-repo.js';
import { membershipsOfUser } from '../../db/repos/org-repo.js';
import {
  consumePasswordReset,
  deleteSessionsOfUser,
  isUsablePasswordReset,
  setPasswordHash,
} from '../../db/repos/password-reset-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Deps } from '../context.js';
import { forgetCredentials } from './credential-cache.js';
import { hashPassword, sha256 } from './secrets.js';

/**
 * One message for an expired, used or unknown link: telling them apart would let someone
 * probe which links exist.
 */
export const INVALID_RESET_LINK =
  'this password reset link is invalid, already used or expired; ask an admin for a new one';

/**
 * Set a new password with a reset link: the link is used up, every browser session of the
 * person ends (whoever held one is signed out), and the reset is audited.
 *
 * Personal API tokens are left alone on purpose: they are separate credentials made for
 * integrations, listed and revocable one by one, and a forgotten password says nothing about
 * them; ending an integration silently would be the surprise.
 */
export async function resetPassword(deps: Deps, input: { token: string; password: string }): Promise<void> {
  const tokenHash = sha256(input.token);
  const invalid = () =>
    new AppError('validation_failed', INVALID_RESET_LINK, {
      details: [{ path: 'token', message: INVALID_RESET_LINK }],
    });
  // A bad link is refused before the slow hash, so guessing costs the server little; the hash
  // is made outside the transaction so it holds no connection. The link is used up inside it.
  if (!(await isUsablePasswordReset(deps.db, tokenHash, deps.now()))) throw invalid();
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const userId = await consumePasswordReset(tx, tokenHash, now);
    // Used by a concurrent request, or expired, while the hash was made.
    if (!userId) throw invalid();
    await setPasswordHash(tx, userId, passwordHash);
    const sessionsEnded = await deleteSessionsOfUser(tx, userId);
    const [membership] = await membershipsOfUser(tx, userId);
    await appendAudit(tx, {
      orgId: membership?.orgId ?? null,
      actorUserId: userId,
      action: 'auth.password_reset',
      targetType: 'user',
      targetId: userId,
      payload: { sessionsEnded },
    });
  });
  forgetCredentials(deps.db);
}
