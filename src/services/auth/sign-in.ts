import { appendAudit } from '../../db/repos/audit-repo.js';
import { countFailuresForEmail, insertLoginAttempt } from '../../db/repos/login-attempt-repo.js';
import { findOrg, findUserByEmail, membershipsOfUser } from '../../db/repos/org-repo.js';
import { lastPasswordResetAt } from '../../db/repos/password-reset-repo.js';
import { deleteSession, insertSession } from '../../db/repos/session-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TLogin, TSessionInfo } from '../../shared/schemas/auth.js';
import type { Deps } from '../context.js';
import { forgetCredentials } from './credential-cache.js';
import { dummyPasswordHash, randomSecret, sha256, verifyPassword } from './secrets.js';

/** The result of a successful sign-in: the cookie value to set and what the page shows. */
export interface SignInResult {
  sessionToken: string;
  expiresAt: Date;
  info: TSessionInfo;
}

/**
 * Sign in with email and password. Repeated failures for one email lock it for the
 * failure window (429), counted in the database so every API node agrees.
 *
 * Every sign-in makes a new session id; the session the browser held before (`previousToken`,
 * if any) is ended, so a cookie value planted before sign-in never becomes an authenticated one.
 */
export async function signIn(deps: Deps, input: TLogin, ip: string, previousToken?: string): Promise<SignInResult> {
  const { db, config } = deps;
  const now = deps.now();
  const windowStart = new Date(now.getTime() - config.login.failureWindowMinutes * 60_000);
  const user = await findUserByEmail(db, input.email);
  // Failures before a password reset were against the old password: the new one starts afresh.
  const resetAt = user ? await lastPasswordResetAt(db, user.id) : undefined;
  const since = resetAt && resetAt > windowStart ? resetAt : windowStart;
  const failures = await countFailuresForEmail(db, input.email, since);
  if (failures >= config.login.maxFailures) {
    await appendAudit(db, {
      orgId: null,
      actorUserId: null,
      action: 'auth.sign_in_blocked',
      payload: { email: input.email, ip },
    });
    throw new AppError('rate_limited', 'too many failed sign-in attempts for this account; try again later', {
      retryAfter: config.login.failureWindowMinutes * 60,
    });
  }
  // Hash even for unknown emails so response time does not reveal which accounts exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  const memberships = user && ok ? await membershipsOfUser(db, user.id) : [];
  const membership = input.organisationId ? memberships.find((m) => m.orgId === input.organisationId) : memberships[0];
  if (!user || !ok || !membership) {
    await insertLoginAttempt(db, { email: input.email, ip, succeeded: false, at: now });
    await appendAudit(db, {
      orgId: null,
      actorUserId: user?.id ?? null,
      action: 'auth.sign_in_failed',
      payload: { email: input.email, ip },
    });
    throw new AppError('invalid_credentials', 'email or password is incorrect');
  }
  const org = await findOrg(db, membership.orgId);
  if (!org) throw new AppError('invalid_credentials', 'email or password is incorrect');
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + config.sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    if (previousToken) await deleteSession(tx, sha256(previousToken));
    await insertSession(tx, { id: sha256(sessionToken), userId: user.id, orgId: org.id, csrfToken, expiresAt });
    await insertLoginAttempt(tx, { email: input.email, ip, succeeded: true, at: now });
    await appendAudit(tx, { orgId: org.id, actorUserId: user.id, action: 'auth.sign_in', payload: { ip } });
  });
  if (previousToken) forgetCredentials(db);
  return {
    sessionToken,
    expiresAt,
    info: {
      user: { id: user.id, email: user.email, name: user.name },
      organisation: { id: org.id, name: org.name },
      role: membership.role,
      csrfToken,
    },
  };
}
