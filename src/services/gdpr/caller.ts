import type { Db, Tx } from '../../db/client.js';
import { type CandidateRow, findCandidate } from '../../db/repos/candidate-repo.js';
import { AppError } from '../../shared/errors.js';
import type { Role } from '../../shared/schemas/vocabulary.js';

/**
 * Who exercises a privacy right: a signed-in member (an Actor fits), or the operator at the
 * command line, who acts as the organisation's admin but is nobody's panellist (userId null).
 */
export interface PrivacyCaller {
  orgId: string;
  userId: string | null;
  role: Role;
}

/** Throw `forbidden` unless the caller holds one of the roles. */
export function requirePrivacyRole(caller: PrivacyCaller, roles: readonly Role[]): void {
  if (!roles.includes(caller.role))
    throw new AppError('forbidden', `this action needs one of the roles: ${roles.join(', ')}`);
}

/** The candidate, unless missing or already erased (both are a 404; an erased person is gone). */
export async function requireLiveCandidate(db: Db | Tx, orgId: string, candidateId: string): Promise<CandidateRow> {
  const c = await findCandidate(db, orgId, candidateId);
  if (!c) throw new AppError('not_found', 'no such candidate');
  if (c.erasedAt) throw new AppError('not_found', 'this candidate was erased');
  return c;
}
