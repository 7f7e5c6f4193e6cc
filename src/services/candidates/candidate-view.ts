import type { Db, Tx } from '../../db/client.js';
import type { ApplicationView } from '../../db/repos/application-repo.js';
import type { CandidateRow } from '../../db/repos/candidate-repo.js';
import { findLoopVersion } from '../../db/repos/role-repo.js';
import type { TCandidate } from '../../shared/schemas/panel.js';

/** The stage names of the loop versions these applications are on, keyed `versionId:stageKey`. */
async function stageNames(db: Db | Tx, apps: ApplicationView[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(apps.map((a) => a.loopVersionId))) {
    const loop = await findLoopVersion(db, id);
    for (const s of loop?.content.stages ?? []) names.set(`${id}:${s.key}`, s.name);
  }
  return names;
}

/** API view of applications. */
export async function applicationSummaries(db: Db | Tx, apps: ApplicationView[]): Promise<TCandidate['applications']> {
  const names = await stageNames(db, apps);
  return apps.map((a) => ({
    id: a.id,
    roleId: a.roleId,
    roleTitle: a.roleTitle,
    loopVersion: a.loopVersion,
    stage: a.stageKey,
    stageName: names.get(`${a.loopVersionId}:${a.stageKey}`) ?? a.stageKey,
    status: a.status,
    accommodations: a.accommodations,
    createdAt: a.createdAt.toISOString(),
  }));
}

/** API view of a candidate with their applications. Demographics are never part of it. */
export async function candidateView(db: Db | Tx, c: CandidateRow, apps: ApplicationView[]): Promise<TCandidate> {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    createdAt: c.createdAt.toISOString(),
    applications: await applicationSummaries(db, apps),
  };
}
