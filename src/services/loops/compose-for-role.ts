import type { Db, Tx } from '../../db/client.js';
import type { RoleRow } from '../../db/repos/role-repo.js';
import type { StoredLoop } from '../../db/schema-panel.js';
import { composeLoop } from '../../domain/loops/compose-loop.js';
import { loadRubric } from '../../domain/rubric/rubric.js';
import { asLike, bandOf } from './loop-view.js';
import { composerBank } from './question-lookup.js';

/** Compose a loop for a role from the organisation's bank, pinning each question's current version. */
export async function composeForRole(db: Db | Tx, role: RoleRow): Promise<StoredLoop> {
  const bank = await composerBank(db, role.orgId);
  const versions = new Map(bank.map((p) => [p.slug, p.version]));
  const composed = composeLoop(
    {
      level: role.level,
      band: bandOf(role),
      exercise: role.exercise,
      ...(role.budgetMinutes !== null && { minutes: role.budgetMinutes }),
      ...(role.takeHomeFeeUsd !== null && { takeHomeFeeUsd: role.takeHomeFeeUsd }),
    },
    bank.map(asLike),
    loadRubric(),
  );
  return {
    budgetMinutes: composed.budgetMinutes,
    stages: composed.stages.map((s) => ({
      key: s.key,
      name: s.name,
      kind: s.kind,
      minutes: s.minutes,
      interviewerIds: [],
      ...(s.paid && { paid: s.paid }),
      ...(s.notes && { notes: s.notes }),
      questions: s.questions.map((q) => ({
        id: q.id,
        version: versions.get(q.id) ?? 1,
        why: q.why,
        dimension: q.dimension,
      })),
    })),
  };
}
