import type { z } from 'zod';
import { applicationsOfRole } from '../../db/repos/application-repo.js';
import { listInterviews } from '../../db/repos/interview-repo.js';
import { currentLoop, findLoopVersion } from '../../db/repos/role-repo.js';
import type { ZPipeline } from '../../shared/schemas/panel.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { HIRING_EDITORS, requireRoleRow } from './editors.js';

/** The role's candidates by stage, in the current loop's order (older versions' extra stages after). */
export async function getPipeline(deps: Deps, actor: Actor, roleId: string): Promise<z.infer<typeof ZPipeline>> {
  requireRole(actor, HIRING_EDITORS);
  const role = await requireRoleRow(deps.db, actor.orgId, roleId);
  const [loop, apps, interviews] = await Promise.all([
    currentLoop(deps.db, role.id),
    applicationsOfRole(deps.db, actor.orgId, role.id),
    listInterviews(deps.db, actor.orgId, { roleId: role.id }),
  ]);
  const columns = new Map((loop?.content.stages ?? []).map((s) => [s.key, s.name]));
  for (const versionId of new Set(apps.map((a) => a.loopVersionId))) {
    if (versionId === loop?.id) continue;
    for (const s of (await findLoopVersion(deps.db, versionId))?.content.stages ?? [])
      if (!columns.has(s.key)) columns.set(s.key, s.name);
  }
  const now = deps.now().getTime();
  const next = new Map<string, Date>();
  for (const i of interviews) {
    if (i.status !== 'scheduled' || i.scheduledAt.getTime() < now) continue;
    const seen = next.get(i.applicationId);
    if (!seen || i.scheduledAt < seen) next.set(i.applicationId, i.scheduledAt);
  }
  return {
    roleId: role.id,
    stages: [...columns].map(([key, name]) => ({
      key,
      name,
      applications: apps
        .filter((a) => a.stageKey === key)
        .map((a) => ({
          id: a.id,
          candidate: { id: a.candidateId, name: a.candidateName },
          status: a.status,
          loopVersion: a.loopVersion,
          nextInterviewAt: next.get(a.id)?.toISOString() ?? null,
        })),
    })),
  };
}
