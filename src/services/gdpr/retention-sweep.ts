import { candidatesDueForErasure } from '../../db/repos/gdpr-repo.js';
import type { Deps } from '../context.js';
import { erasePerson } from './erase-candidate.js';

/** What one sweep did. */
export interface SweepResult {
  erased: number;
  candidateIds: string[];
}

/**
 * The retention policy: erase every candidate whose applications are all closed (hired,
 * rejected, withdrawn) and untouched for longer than their organisation's retention period,
 * and candidates with no application older than that. Each person is erased in their own
 * transaction, so one failure does not undo the rest; running it again erases nobody twice.
 */
export async function runRetentionSweep(
  deps: Pick<Deps, 'db'>,
  now: Date,
  opts: { orgId?: string } = {},
): Promise<SweepResult> {
  const due = await candidatesDueForErasure(deps.db, now, opts.orgId);
  const candidateIds: string[] = [];
  for (const candidate of due) {
    const done = await deps.db.transaction((tx) =>
      erasePerson(tx, candidate, { userId: null, reason: 'retention', at: now }),
    );
    if (done) candidateIds.push(candidate.id);
  }
  return { erased: candidateIds.length, candidateIds };
}
