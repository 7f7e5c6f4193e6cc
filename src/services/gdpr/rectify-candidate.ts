import { applicationsOfCandidate } from '../../db/repos/application-repo.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { updateCandidateContact } from '../../db/repos/gdpr-repo.js';
import type { TRectifyCandidate } from '../../shared/schemas/gdpr.js';
import type { TCandidate } from '../../shared/schemas/panel.js';
import { candidateView } from '../candidates/candidate-view.js';
import type { Deps } from '../context.js';
import { changingInterviews } from '../interviews/interview-state-cache.js';
import { type PrivacyCaller, requireLiveCandidate, requirePrivacyRole } from './caller.js';

/** Admins and recruiters keep contact details right (recruiters run the process). */
export const RECTIFY_ROLES = ['admin', 'recruiter'] as const;

/**
 * Rectification (GDPR Art. 16): correct a candidate's name, email or phone. The audit entry
 * names the fields that changed, never the old or new values, so the log holds no identity.
 */
export async function rectifyCandidate(
  deps: Deps,
  caller: PrivacyCaller,
  candidateId: string,
  input: TRectifyCandidate,
): Promise<TCandidate> {
  requirePrivacyRole(caller, RECTIFY_ROLES);
  return changingInterviews(deps.db, undefined, () =>
    deps.db.transaction(async (tx) => {
      const before = await requireLiveCandidate(tx, caller.orgId, candidateId);
      const next = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.email !== undefined && { email: input.email.toLowerCase() }),
        ...(input.phone !== undefined && { phone: input.phone === '' ? null : input.phone }),
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
      if (changed.length > 0) {
        await updateCandidateContact(tx, caller.orgId, candidateId, next);
        await appendAudit(tx, {
          orgId: caller.orgId,
          actorUserId: caller.userId,
          action: 'candidate.rectified',
          targetType: 'candidate',
          targetId: candidateId,
          payload: { fields: changed },
        });
      }
      const after = await requireLiveCandidate(tx, caller.orgId, candidateId);
      return candidateView(tx, after, await applicationsOfCandidate(tx, caller.orgId, candidateId));
    }),
  );
}
