import { findApplication } from '../../db/repos/application-repo.js';
import { findLoopVersion } from '../../db/repos/role-repo.js';
import { anchorsOf, loadRubric } from '../../domain/rubric/rubric.js';
import { AppError } from '../../shared/errors.js';
import type { TInterviewKit } from '../../shared/schemas/panel.js';
import type { Actor, Deps } from '../context.js';
import { pinnedQuestions } from '../loops/question-lookup.js';
import { requireVisibleInterview } from './access.js';
import { interviewSummaries } from './interview-view.js';

/**
 * The interview kit: the stage's questions in the loop's order, pinned to the versions the loop
 * uses, with look-for signals, follow-ups and time per question, and the stage's dimensions
 * with their anchors at the candidate's level.
 */
export async function getInterviewKit(deps: Deps, actor: Actor, id: string): Promise<TInterviewKit> {
  const row = await requireVisibleInterview(deps.db, actor, id);
  const loop = await findLoopVersion(deps.db, row.loopVersionId);
  const stage = loop?.content.stages.find((s) => s.key === row.stageKey);
  if (!stage) throw new AppError('not_found', 'the stage of this interview no longer exists');
  const found = await pinnedQuestions(deps.db, actor.orgId, stage.questions);
  const questions = stage.questions.map((q, i) => {
    const c = found.get(`${q.id}@${q.version}`)?.content;
    if (!c) throw new AppError('not_found', `question ${q.id} version ${q.version} is missing from the bank`);
    return {
      order: i + 1,
      id: q.id,
      version: q.version,
      text: c.text,
      category: c.category,
      minutes: c.minutes,
      dimensions: c.dimensions,
      lookFor: c.lookFor,
      followUps: c.followUps,
    };
  });
  const rubric = loadRubric();
  const asked = new Set(questions.flatMap((q) => q.dimensions));
  const [summary] = await interviewSummaries(deps.db, [row]);
  if (!summary) throw new AppError('not_found', 'no such interview');
  const application = await findApplication(deps.db, actor.orgId, row.applicationId);
  return {
    ...summary,
    minutes: stage.minutes,
    accommodations: application?.accommodations ?? null,
    dimensions: rubric.dimensions
      .filter((d) => asked.has(d.id))
      .map((d) => ({
        id: d.id,
        name: d.name,
        description: d.description,
        anchors: anchorsOf(rubric, row.roleLevel, d.id),
      })),
    questions,
  };
}
