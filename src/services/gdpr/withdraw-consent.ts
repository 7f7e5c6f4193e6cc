import { appendAudit } from '../../db/repos/audit-repo.js';
import { deleteDemographics, insertConsent } from '../../db/repos/gdpr-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Deps } from '../context.js';
import { type PrivacyCaller, requireLiveCandidate, requirePrivacyRole } from './caller.js';

/** The people who record self-identification also record its withdrawal. */
export const CONSENT_ROLES = ['admin', 'recruiter'] as const;

/**
 * Withdraw consent for demographics (GDPR Art. 7(3)): the answers are deleted and the
 * withdrawal is kept in the consent history. 404 when the candidate never self-identified.
 */
export async function withdrawDemographicsConsent(
  deps: Deps,
  caller: PrivacyCaller,
  candidateId: string,
): Promise<void> {
  requirePrivacyRole(caller, CONSENT_ROLES);
  await deps.db.transaction(async (tx) => {
    await requireLiveCandidate(tx, caller.orgId, candidateId);
    if (!(await deleteDemographics(tx, caller.orgId, candidateId)))
      throw new AppError('not_found', 'this candidate has not self-identified');
    const at = deps.now();
    await insertConsent(tx, { orgId: caller.orgId, candidateId, granted: false, recordedBy: caller.userId, at });
    await appendAudit(tx, {
      orgId: caller.orgId,
      actorUserId: caller.userId,
      action: 'demographics.withdrawn',
      targetType: 'candidate',
      targetId: candidateId,
    });
  });
}
