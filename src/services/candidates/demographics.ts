import { appendAudit } from '../../db/repos/audit-repo.js';
import { findCandidate, findDemographics, upsertDemographics } from '../../db/repos/candidate-repo.js';
import { insertConsent } from '../../db/repos/gdpr-repo.js';
import { AppError } from '../../shared/errors.js';
import type { TDemographics, TDemographicsStatus } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';

/**
 * Who may record voluntary self-identification (and see whether it was given): admins and
 * recruiters. Never interviewers, and not hiring managers, who decide. Nobody reads one
 * candidate's answers back: they are only reported in aggregate, with small groups suppressed.
 */
const DEMOGRAPHICS_ROLES = ['admin', 'recruiter'] as const;

async function requireCandidate(deps: Deps, actor: Actor, candidateId: string): Promise<void> {
  requireRole(actor, DEMOGRAPHICS_ROLES);
  const c = await findCandidate(deps.db, actor.orgId, candidateId);
  if (!c) throw new AppError('not_found', 'no such candidate');
  if (c.erasedAt) throw new AppError('not_found', 'this candidate was erased');
}

/** Record a candidate's self-identification, with their consent. */
export async function setDemographics(
  deps: Deps,
  actor: Actor,
  candidateId: string,
  input: TDemographics,
): Promise<TDemographicsStatus> {
  await requireCandidate(deps, actor, candidateId);
  const { consent: _consent, ...fields } = input;
  const data = Object.fromEntries(
    Object.entries(fields).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
  );
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    await upsertDemographics(tx, { candidateId, orgId: actor.orgId, data, at });
    // Each recording is a grant of consent, kept as history (GDPR Art. 7(1)).
    await insertConsent(tx, { orgId: actor.orgId, candidateId, granted: true, recordedBy: actor.userId, at });
    // The audit entry records that it happened, never the answers.
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'demographics.recorded',
      targetType: 'candidate',
      targetId: candidateId,
    });
  });
  return getDemographics(deps, actor, candidateId);
}

/** Whether and when a candidate self-identified (404 when they did not); never the answers. */
export async function getDemographics(deps: Deps, actor: Actor, candidateId: string): Promise<TDemographicsStatus> {
  await requireCandidate(deps, actor, candidateId);
  const row = await findDemographics(deps.db, actor.orgId, candidateId);
  if (!row) throw new AppError('not_found', 'this candidate has not self-identified');
  return { recorded: true, consentedAt: row.consentedAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
