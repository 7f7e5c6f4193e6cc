import { consentsOf } from '../../db/repos/gdpr-repo.js';
import type { TConsentRecord } from '../../shared/schemas/gdpr.js';
import type { Deps } from '../context.js';
import { type PrivacyCaller, requireLiveCandidate, requirePrivacyRole } from './caller.js';
import { CONSENT_ROLES } from './withdraw-consent.js';

/** A candidate's consent history, oldest first: each grant and withdrawal with its time. */
export async function listConsents(
  deps: Deps,
  caller: PrivacyCaller,
  candidateId: string,
): Promise<{ items: TConsentRecord[] }> {
  requirePrivacyRole(caller, CONSENT_ROLES);
  await requireLiveCandidate(deps.db, caller.orgId, candidateId);
  const rows = await consentsOf(deps.db, caller.orgId, candidateId);
  return { items: rows.map((r) => ({ purpose: r.purpose, granted: r.granted, at: r.at.toISOString() })) };
}
