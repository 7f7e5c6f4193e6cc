import type { z } from 'zod';
import { findRole } from '../../db/repos/role-repo.js';
import { anchorsOf, loadRubric } from '../../domain/rubric/rubric.js';
import { AppError } from '../../shared/errors.js';
import type { ZCandidatePacket } from '../../shared/schemas/panel.js';
import { sharedInAdvanceByDefault } from '../../shared/schemas/question.js';
import { type Actor, type Deps, requireRole } from '../context.js';
import { pinnedQuestions } from '../loops/question-lookup.js';
import { HIRING_EDITORS } from '../roles/editors.js';
import { requireApplication } from './require-application.js';

/**
 * What the candidate receives before the loop: each stage with its length and the topics of
 * the questions shared in advance (never the questions themselves), the rubric the working
 * session is scored against at their level, the published band, and the accommodations agreed.
 */
export async function getPacket(
  deps: Deps,
  actor: Actor,
  applicationId: string,
): Promise<z.infer<typeof ZCandidatePacket>> {
  requireRole(actor, HIRING_EDITORS);
  const { app, loop } = await requireApplication(deps.db, actor.orgId, applicationId);
  const role = await findRole(deps.db, actor.orgId, app.roleId);
  if (!role) throw new AppError('not_found', 'no such application');
  const found = await pinnedQuestions(
    deps.db,
    actor.orgId,
    loop.content.stages.flatMap((s) => s.questions),
  );
  const rubric = loadRubric();
  return {
    role: {
      title: role.title,
      level: role.level,
      band: { min: role.bandMin, max: role.bandMax, currency: role.currency },
    },
    stages: loop.content.stages.map((s) => {
      const topics = s.questions
        .map((q) => found.get(`${q.id}@${q.version}`)?.content)
        .filter((c) => c !== undefined && (c.shareInAdvance ?? sharedInAdvanceByDefault(c.category)))
        .flatMap((c) => c?.topics ?? []);
      return {
        name: s.name,
        minutes: s.minutes,
        sharedTopics: [...new Set(topics)].sort(),
        ...(s.paid && { paid: s.paid }),
      };
    }),
    rubric: rubric.dimensions.map((d) => ({
      dimension: d.id,
      name: d.name,
      description: d.description,
      anchors: anchorsOf(rubric, role.level, d.id),
    })),
    accommodations: app.accommodations,
  };
}
